import { describe, expect, it, vi } from 'vitest';
import { ApiFailure, limits } from '../../../shared/contract';
import { createDispatcher, type Connection } from '../../../electron/service/dispatcher';
import { createHandlers } from '../../../electron/service/handlers';
import type { Handlers } from '../../../electron/service/handler-context';

const connection: Connection = { id: 'c1', mode: 'browser', emit: () => undefined };
const host = {
  mode: 'browser' as const,
  version: '1.2.3',
  chooseSavePath: async () => null,
  revealFile: async () => false,
  newDownload: () => null,
};

const withHandlers = (overrides: Partial<Handlers>) => {
  const lines: string[] = [];
  const dispatcher = createDispatcher({ ...createHandlers(host), ...overrides } as Handlers, {
    log: (line) => lines.push(line),
  });
  return { dispatcher, lines };
};

describe('the dispatcher', () => {
  it('runs a valid call', async () => {
    const { dispatcher } = withHandlers({});
    expect(await dispatcher.call('app.info', {}, connection)).toEqual({
      ok: true,
      value: { name: 'PageScope', version: '1.2.3', mode: 'browser' },
    });
  });

  it('answers BAD_REQUEST for unknown methods, extra fields and wrong types', async () => {
    const { dispatcher } = withHandlers({});
    for (const [method, input] of [
      ['nope', {}],
      ['__proto__', {}],
      ['app.info', { extra: 1 }],
      ['app.info', null],
      ['regions.list', { profile: 7 }],
      ['view.page', { requestId: 'r', spec: {}, cursor: null }],
    ] as const) {
      const result = await dispatcher.call(method, input, connection);
      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
  });

  it('returns an ApiFailure as is and hides other errors behind INTERNAL, logging the stack', async () => {
    const { dispatcher, lines } = withHandlers({
      'regions.list': async () => {
        throw ApiFailure.of('ACCESS_DENIED', 'Access denied: ec2:DescribeRegions');
      },
      'resources.list': async () => {
        throw new TypeError('boom AKIAIOSFODNN7EXAMPLE');
      },
    });
    expect(await dispatcher.call('regions.list', { profile: 'x' }, connection)).toMatchObject({
      ok: false,
      error: { code: 'ACCESS_DENIED', retryable: false },
    });
    const internal = await dispatcher.call('resources.list', {}, connection);
    expect(internal).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(internal)).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(lines.join('\n')).toContain('TypeError');
    expect(lines.join('\n')).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });

  it('cancels a running request by id and answers CANCELLED', async () => {
    const { dispatcher } = withHandlers({
      'view.page': (_input, context) =>
        new Promise((_resolve, reject) =>
          context.signal.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    });
    const spec = { profile: 'Demo', region: 'us-east-1', resource: 's3-buckets' };
    const running = dispatcher.call(
      'view.page',
      { requestId: 'r1', spec, cursor: null },
      connection,
    );
    expect(await dispatcher.call('request.cancel', { requestId: 'r1' }, connection)).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  });

  it('tells work that outlives its request when the connection closes', async () => {
    let connectionSignal: AbortSignal | null = null;
    const { dispatcher } = withHandlers({
      'export.cancel': async (_input, context) => {
        connectionSignal = context.connectionSignal;
        return { cancelled: false };
      },
    });
    await dispatcher.call('export.cancel', { jobId: 'j1' }, connection);
    expect(connectionSignal!.aborted).toBe(false);
    dispatcher.closeConnection(connection.id);
    expect(connectionSignal!.aborted).toBe(true);
  });

  it(`runs at most ${limits.maxConcurrentRequestsPerConnection} requests per connection at once`, async () => {
    const release: Array<() => void> = [];
    const { dispatcher } = withHandlers({
      'view.page': () => new Promise((resolve) => release.push(() => resolve({} as never))),
    });
    const spec = { profile: 'Demo', region: 'us-east-1', resource: 's3-buckets' };
    const call = (id: string, on = connection) =>
      dispatcher.call('view.page', { requestId: id, spec, cursor: null }, on);
    const running = Array.from({ length: limits.maxConcurrentRequestsPerConnection }, (_, i) =>
      call(`r${i}`),
    );
    expect(await call('one-too-many')).toMatchObject({
      ok: false,
      error: { code: 'LIMIT_EXCEEDED', retryable: true },
    });
    // Another window has its own allowance.
    const other = call('elsewhere', { ...connection, id: 'c2' });
    release.forEach((done) => done());
    await Promise.all([...running, other]);
    const after = call('after');
    await vi.waitFor(() =>
      expect(release.length).toBe(limits.maxConcurrentRequestsPerConnection + 2),
    );
    release.at(-1)!();
    expect(await after).toMatchObject({ ok: true });
  });
});
