import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type WebSocket from 'ws';
import { contract, limits, methodNames, type MethodName } from '../../../../shared/contract';
import { startWebHost, type WebHost } from '../../../../electron/hosts/browser/host';
import {
  createWorkerDispatcher,
  type WorkerDispatcher,
} from '../../../../electron/service/worker/worker-dispatcher';
import { caller, openSocket } from './ws-client';

const spec = { profile: 'Demo', region: 'us-east-1', resource: 's3-buckets' };
/** One valid input per method; the properties below break them in every way we can think of. */
const validInputs: Record<MethodName, Record<string, unknown>> = {
  'app.info': {},
  'profiles.list': {},
  'regions.list': { profile: 'Demo' },
  'resources.list': {},
  'view.page': { spec, cursor: null },
  'view.sorted': { spec, sort: { column: 'Name', descending: false }, cursor: null },
  'view.item': { spec, key: 'k' },
  'view.summary': { spec, by: ['Region'], depth: 1, top: 5 },
  'filter.check': { filter: { expression: 'Key', mode: 'item' } },
  'column.check': { column: { expression: 'tag:team', label: 'Team' } },
  'export.start': { jobId: 'j1', spec },
  'export.cancel': { jobId: 'j1' },
  'export.reveal': { jobId: 'j1' },
  'mfa.answer': { promptId: 'p1', code: '123456' },
};

const hostileValue = fc.oneof(
  fc.nat({ max: 200_000 }).map((n) => 'x'.repeat(5_000 + n)),
  fc.string({ maxLength: 40 }),
  fc.integer({ min: -1e15, max: -1 }),
  fc.constantFrom(1e308, -0, 2 ** 53 + 2, 1.5),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything(), { maxLength: 5 }),
  fc.letrec((tie) => ({
    deep: fc.oneof({ depthSize: 'large' }, fc.constant({}), fc.record({ a: tie('deep') })),
  })).deep,
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
);

/**
 * What the host receives for an input: it travels as JSON, so `{"": undefined}` arrives as `{}`,
 * which is a valid input for some methods.
 */
const onTheWire = (input: unknown): unknown =>
  (JSON.parse(JSON.stringify({ input })) as { input?: unknown }).input;

/** A valid input with one field (top level or inside spec) replaced, added or polluted. */
const mutated = (method: MethodName) =>
  fc
    .oneof(
      fc.anything(),
      fc
        .tuple(
          fc.constantFrom(
            ...Object.keys(validInputs[method]),
            'spec.profile',
            'spec.pageSize',
            'spec.region',
            'spec.columns',
          ),
          hostileValue,
        )
        .map(([path, value]) => {
          const input = structuredClone(validInputs[method]) as Record<
            string,
            Record<string, unknown>
          >;
          const [head, tail] = path.split('.') as [string, string | undefined];
          if (tail && typeof input[head] === 'object' && input[head])
            input[head][tail] = value as never;
          else (input as Record<string, unknown>)[head] = value;
          return input;
        }),
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra').map((key) => ({
        ...JSON.parse(`{"${key}": {"isAdmin": true}}`),
        ...validInputs[method],
      })),
    )
    .filter((input) => !contract[method].input.safeParse(onTheWire(input)).success);

let host: WebHost;
let dispatcher: WorkerDispatcher;
let ws: WebSocket;

beforeAll(async () => {
  host = await startWebHost({
    port: 0,
    rendererDir: '/nonexistent',
    dispatcher: () => {
      dispatcher = createWorkerDispatcher({
        entry: new URL(
          '../../../../electron/service/worker/engine-worker-tsx.mjs',
          import.meta.url,
        ),
        host: {
          mode: 'browser',
          version: 'test',
          chooseSavePath: async () => null,
          revealFile: async () => false,
          newDownload: () => null,
        },
        download: null,
        log: () => undefined,
      });
      return dispatcher;
    },
    log: () => undefined,
  });
  ws = await openSocket(host.port, host.token);
});

afterAll(async () => {
  ws?.close();
  await host?.close();
  await dispatcher?.terminate();
});

describe('hostile input through the browser-mode WebSocket', () => {
  it('answers BAD_REQUEST to thousands of malformed calls and keeps serving', async () => {
    const client = caller(ws);
    let sent = 0;
    for (const method of methodNames) {
      await fc.assert(
        fc.asyncProperty(mutated(method), async (input) => {
          sent += 1;
          const { result } = await client.call(method, input);
          expect(result.ok).toBe(false);
          expect(result.error?.code).toBe('BAD_REQUEST');
          expect(result.error!.message.length).toBeLessThan(1000);
        }),
        { numRuns: 250 },
      );
    }
    expect(sent).toBeGreaterThanOrEqual(3000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await client.call('app.info', {})).result).toMatchObject({
      ok: true,
      value: { name: 'PageScope' },
    });
    expect(dispatcher.restarts()).toBe(0);
  });

  it('rejects each named kind of hostile argument explicitly', async () => {
    const client = caller(ws);
    const cases: Array<[string, unknown]> = [
      ['regions.list', { profile: 'x'.repeat(limits.maxNameLength + 1) }],
      ['regions.list', JSON.parse('{"profile":"Demo","__proto__":{"admin":true}}')],
      ['regions.list', { profile: 'Demo', unknown: 1 }],
      ['view.page', { spec: { ...spec, pageSize: limits.maxPageSize + 1 }, cursor: null }],
      ['view.page', { spec: { ...spec, pageSize: -5 }, cursor: null }],
      ['view.page', { spec: { ...spec, maxItems: 1e300 }, cursor: null }],
      [
        'filter.check',
        { filter: { expression: 'a'.repeat(limits.maxFilterLength + 1), mode: 'item' } },
      ],
      [
        'column.check',
        { column: { expression: 'a'.repeat(limits.maxColumnExpressionLength + 1) } },
      ],
      [
        'view.page',
        {
          spec: {
            ...spec,
            columns: Array.from({ length: limits.maxAddedColumns + 1 }, (_, i) => ({
              expression: `F${i}`,
            })),
          },
          cursor: null,
        },
      ],
      [
        'view.page',
        {
          spec: { ...spec, columns: [{ expression: 'VpcId' }, { expression: 'VpcId' }] },
          cursor: null,
        },
      ],
      ['view.page', { spec, cursor: null, requestId: '../../etc' }],
      ['export.start', { jobId: 'j', spec, fileName: '../../.bashrc' }],
      ['nope.method', {}],
    ];
    for (const [method, input] of cases) {
      const { result } = await client.call(method, input);
      expect(result.error?.code, `${method} ${JSON.stringify(input).slice(0, 80)}`).toBe(
        'BAD_REQUEST',
      );
    }
  });

  it('drops an oversized frame without harming other connections', async () => {
    const big = await openSocket(host.port, host.token);
    const closed = new Promise<number>((resolve) => big.once('close', (code) => resolve(code)));
    big.send(
      JSON.stringify({ id: 1, method: 'app.info', input: { pad: 'x'.repeat(2 * 1024 * 1024) } }),
    );
    expect(await closed).toBe(1009);
    const client = caller(ws);
    expect((await client.call('app.info', {})).result.ok).toBe(true);
  });
});
