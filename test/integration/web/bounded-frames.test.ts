import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import {
  createPartAssembler,
  MAX_FRAME_BYTES,
  type PageResult,
  type WireMessage,
  type WirePart,
} from '../../../shared/contract';
import {
  createWorkerDispatcher,
  type WorkerDispatcher,
} from '../../../electron/engine/worker-dispatcher';
import { startWebHost, type WebHost } from '../../../electron/web/host';
import { useLocalProfile } from '../engine/engine-harness';
import { openSocket } from '../hardening/ws-client';
import { listXml, sendXml, startHostileServer } from '../hostile/hostile-s3-server';

/** 1,000 keys of 2,000 characters: a page of about 2 MB of rows. */
const KEYS = Array.from(
  { length: 1000 },
  (_, i) => `${String(i).padStart(4, '0')}${'k'.repeat(1996)}`,
);

let server: Awaited<ReturnType<typeof startHostileServer>>;
let host: WebHost;
let dispatcher: WorkerDispatcher;
let ws: WebSocket;

beforeAll(async () => {
  server = await startHostileServer((_req, res) => sendXml(res, listXml(KEYS)));
  // Before the engine worker starts: it takes the environment (the profile files) with it.
  await useLocalProfile(server.url);
  host = await startWebHost({
    port: 0,
    rendererDir: '/nonexistent',
    dispatcher: () =>
      (dispatcher = createWorkerDispatcher({
        entry: new URL('../../../electron/engine/engine-worker-tsx.mjs', import.meta.url),
        host: {
          mode: 'browser',
          version: 'test',
          chooseSavePath: async () => null,
          revealFile: async () => false,
          newDownload: () => null,
        },
        download: null,
        log: () => undefined,
      })),
    log: () => undefined,
  });
  ws = await openSocket(host.port, host.token);
});

afterAll(async () => {
  ws?.close();
  await host?.close();
  await dispatcher?.terminate();
  await server?.stop();
});

describe('rows sent to the page', () => {
  it('arrive in frames of at most 1 MiB, whole', async () => {
    const sizes: number[] = [];
    const assemble = createPartAssembler();
    const result = new Promise<WireMessage>((resolve) =>
      ws.on('message', (data: Buffer) => {
        sizes.push(data.length);
        const message = assemble(JSON.parse(String(data)) as WireMessage | WirePart);
        if (message?.kind === 'result') resolve(message);
      }),
    );
    const spec = {
      profile: 'local',
      region: 'us-east-1',
      resource: 's3-objects',
      params: { bucket: 'b' },
    };
    ws.send(
      JSON.stringify({
        id: 1,
        method: 'view.page',
        input: { requestId: 'r1', spec, cursor: null },
      }),
    );
    const message = await result;
    expect(message.kind === 'result' && message.result.ok).toBe(true);
    const page = (message as { result: { value: PageResult } }).result.value;
    expect(page.rows.map((r) => r[0])).toEqual(KEYS);
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_FRAME_BYTES);
  });
});
