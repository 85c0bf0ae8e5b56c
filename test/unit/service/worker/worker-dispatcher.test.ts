import { afterEach, describe, expect, it } from 'vitest';
import {
  createWorkerDispatcher,
  type WorkerDispatcher,
} from '../../../../electron/service/worker/worker-dispatcher';
import type { Connection } from '../../../../electron/service/dispatcher';

const host = {
  mode: 'browser' as const,
  version: 'test',
  chooseSavePath: async () => null,
  revealFile: async () => false,
  newDownload: () => null,
};
const connection: Connection = {
  id: 'c',
  mode: 'browser',
  emit: () => undefined,
  progress: () => undefined,
};

let dispatcher: WorkerDispatcher | null = null;
afterEach(async () => {
  await dispatcher?.terminate();
});

describe('the engine worker dispatcher', () => {
  it('runs the real engine in a worker thread behind the same contract', async () => {
    const logs: string[] = [];
    dispatcher = createWorkerDispatcher({
      entry: new URL('../../../../electron/service/worker/engine-worker-tsx.mjs', import.meta.url),
      host,
      download: null,
      log: (line) => logs.push(line),
    });
    expect(await dispatcher.call('app.info', {}, connection)).toEqual({
      ok: true,
      value: { name: 'PageScope', version: 'test', mode: 'browser' },
    });
    expect(await dispatcher.call('app.info', { injected: true }, connection)).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
  });

  it('answers INTERNAL when the worker dies and serves the next call from a new worker', async () => {
    const logs: string[] = [];
    dispatcher = createWorkerDispatcher({
      entry: new URL('./fixtures/crashing-worker.mjs', import.meta.url),
      host,
      download: null,
      log: (line) => logs.push(line),
    });
    expect(await dispatcher.call('crash', {}, connection)).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', retryable: true },
    });
    expect(dispatcher.restarts()).toBe(1);
    expect(logs.join('\n')).toContain('exited with code 3');
    expect(await dispatcher.call('app.info', {}, connection)).toMatchObject({ ok: true });
  });
});
