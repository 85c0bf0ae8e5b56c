import { describe, expect, it, vi } from 'vitest';
import { ApiFailure, limits } from '../../../shared/contract';
import { createDispatcher, type Connection } from '../../../electron/service/dispatcher';
import { createHandlers } from '../../../electron/service/handlers';
import type { Handlers } from '../../../electron/service/handler-context';

const progressed: Array<[number, unknown]> = [];
const connection: Connection = {
  id: 'c1',
  mode: 'browser',
  emit: () => undefined,
  progress: (callId, report) => progressed.push([callId, report]),
};
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
      ['view.page', { spec: {}, cursor: null }],
    ] as const) {
      const result = await dispatcher.call(method, input, connection);
      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
    for (const callId of [-1, 1.5, Number.NaN, '7' as unknown as number]) {
      expect(await dispatcher.call('app.info', {}, connection, callId)).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST', message: 'A call id is a non-negative integer.' },
      });
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

  it('cancels one running call by its id, in its own connection only, and answers CANCELLED', async () => {
    const started: number[] = [];
    const { dispatcher } = withHandlers({
      'view.page': (_input, context) =>
        new Promise((_resolve, reject) => {
          started.push(1);
          context.signal.addEventListener('abort', () => reject(new Error('aborted')));
        }),
      'view.summary': (_input, context) =>
        new Promise((resolve) => {
          started.push(2);
          context.signal.addEventListener('abort', () => resolve({} as never));
        }),
    });
    const spec = { profile: 'Demo', region: 'us-east-1', resource: 's3-buckets' };
    const page = dispatcher.call('view.page', { spec, cursor: null }, connection, 1);
    const summary = dispatcher.call('view.summary', { spec }, connection, 2);
    await vi.waitFor(() => expect(started).toHaveLength(2));
    // Same id, another window: not this call.
    dispatcher.cancel('c2', 1);
    dispatcher.cancel('c1', 99);
    dispatcher.cancel('c1', 1);
    expect(await page).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    dispatcher.cancel('c1', 2);
    // Even a handler that ends normally once aborted answers CANCELLED.
    expect(await summary).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  });

  it('refuses a second call with the id of a running one', async () => {
    const { dispatcher } = withHandlers({
      'view.page': (_input, context) =>
        new Promise((_resolve, reject) =>
          context.signal.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    });
    const spec = { profile: 'Demo', region: 'us-east-1', resource: 's3-buckets' };
    const first = dispatcher.call('view.page', { spec, cursor: null }, connection, 5);
    expect(await dispatcher.call('app.info', {}, connection, 5)).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: 'Call 5 is already running.' },
    });
    dispatcher.cancel('c1', 5);
    await first;
    expect(await dispatcher.call('app.info', {}, connection, 5)).toMatchObject({ ok: true });
  });

  it('sends a call’s progress reports to its caller, tagged with its id and redacted', async () => {
    progressed.length = 0;
    const { dispatcher } = withHandlers({
      'view.page': async (_input, context) => {
        context.progress({ pages: 1, scanned: 10, matched: 0, elapsedMs: 5 });
        context.progress({
          pages: 2,
          scanned: 20,
          matched: 1,
          elapsedMs: 9,
          note: 'AKIAIOSFODNN7EXAMPLE',
        } as never);
        return {} as never;
      },
    });
    const spec = { profile: 'Demo', region: 'us-east-1', resource: 's3-buckets' };
    expect(
      await dispatcher.call('view.page', { spec, cursor: null }, connection, 12),
    ).toMatchObject({ ok: true });
    expect(progressed.map(([id]) => id)).toEqual([12, 12]);
    expect(progressed[0]![1]).toEqual({ pages: 1, scanned: 10, matched: 0, elapsedMs: 5 });
    expect(JSON.stringify(progressed)).not.toContain('AKIAIOSFODNN7EXAMPLE');
    // A call made without an id reports nothing.
    progressed.length = 0;
    await dispatcher.call('view.page', { spec, cursor: null }, connection);
    expect(progressed).toEqual([]);
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
    const call = (id: number, on = connection) =>
      dispatcher.call('view.page', { spec, cursor: null }, on, id);
    const running = Array.from({ length: limits.maxConcurrentRequestsPerConnection }, (_, i) =>
      call(i),
    );
    expect(await call(100)).toMatchObject({
      ok: false,
      error: { code: 'LIMIT_EXCEEDED', retryable: true },
    });
    // Another window has its own allowance.
    const other = call(0, { ...connection, id: 'c2' });
    release.forEach((done) => done());
    await Promise.all([...running, other]);
    const after = call(101);
    await vi.waitFor(() =>
      expect(release.length).toBe(limits.maxConcurrentRequestsPerConnection + 2),
    );
    release.at(-1)!();
    expect(await after).toMatchObject({ ok: true });
  });
});
