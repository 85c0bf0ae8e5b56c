import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket, WebSocketServer } from 'ws';
import type { ViewStats } from '../../../../shared/contract';
import { attachSocket } from '../../../../electron/hosts/browser/socket-session';
import { createDispatcher } from '../../../../electron/service/dispatcher';
import { createHandlers } from '../../../../electron/service/handlers';
import type { Handlers } from '../../../../electron/service/handler-context';
import { createContractClient } from '../../../../renderer/api/contract-client';
import { createWebSocketBridge } from '../../../../renderer/api/websocket-client';

let server: WebSocketServer | null = null;
const spec = { profile: 'Demo', region: 'us-east-1', resource: 's3-buckets' };

/**
 * The renderer's own client over a real socket to the browser host's session, with a view.page
 * handler that reports progress and then runs until its signal aborts.
 */
const connect = async () => {
  const seen = { aborted: 0, calls: 0 };
  const handlers: Handlers = {
    ...createHandlers({
      mode: 'browser',
      version: 'test',
      chooseSavePath: async () => null,
      revealFile: async () => false,
      newDownload: () => null,
    }),
    'view.page': (_input, context) =>
      new Promise((_resolve, reject) => {
        seen.calls += 1;
        context.progress({ pages: 1, scanned: 1000, matched: 0, elapsedMs: 10 });
        context.progress({ pages: 2, scanned: 2000, matched: 3, elapsedMs: 20 });
        context.signal.addEventListener('abort', () => {
          seen.aborted += 1;
          reject(new Error('aborted'));
        });
      }),
  };
  const dispatcher = createDispatcher(handlers, { log: () => undefined });
  server = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/ws' });
  server.on('connection', (ws) => attachSocket(ws, { id: 'c1', dispatcher, log: () => undefined }));
  await new Promise((resolve) => server!.once('listening', resolve));
  const { port } = server.address() as { port: number };
  // The page's WebSocket, as Chromium gives it to the renderer.
  (globalThis as { WebSocket?: unknown }).WebSocket = NodeWebSocket;
  const client = createContractClient(createWebSocketBridge(`ws://127.0.0.1:${port}/ws`));
  return { client, seen };
};

afterEach(async () => {
  for (const ws of server?.clients ?? []) ws.terminate();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  server = null;
});

describe('a call cancelled by its AbortSignal, over the browser-mode socket', () => {
  it('reports progress to its own caller, then answers CANCELLED once aborted', async () => {
    const { client, seen } = await connect();
    const controller = new AbortController();
    const progress: ViewStats[] = [];
    const result = await client['view.page'](
      { spec, cursor: null },
      {
        signal: controller.signal,
        onProgress: (stats) => {
          progress.push(stats);
          if (progress.length === 2) controller.abort();
        },
      },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(progress.map((p) => p.scanned)).toEqual([1000, 2000]);
    expect(seen.aborted).toBe(1);
    // The connection goes on serving.
    expect(await client['app.info']({})).toMatchObject({ ok: true, value: { mode: 'browser' } });
  });

  it('cancels only the aborted call; an already aborted signal sends nothing', async () => {
    const { client, seen } = await connect();
    const first = new AbortController();
    const second = new AbortController();
    const a = client['view.page']({ spec, cursor: null }, { signal: first.signal });
    const b = client['view.page']({ spec, cursor: null }, { signal: second.signal });
    await expect.poll(() => seen.calls).toBe(2);
    first.abort();
    expect(await a).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(seen.aborted).toBe(1);
    second.abort();
    expect(await b).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(seen.aborted).toBe(2);
    const gone = new AbortController();
    gone.abort();
    expect(
      await client['view.page']({ spec, cursor: null }, { signal: gone.signal }),
    ).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(seen.calls).toBe(2);
  });
});
