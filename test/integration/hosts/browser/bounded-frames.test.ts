import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_FRAME_BYTES, ok, type Result } from '../../../../shared/contract';
import { attachSocket } from '../../../../electron/hosts/browser/socket-session';
import type { Dispatcher } from '../../../../electron/service/dispatcher';
import { caller, openSocket } from './ws-client';

let server: WebSocketServer | null = null;
let client: WebSocket | null = null;

/** A browser-mode socket whose dispatcher answers every call with `value`. */
const serve = async (value: unknown) => {
  const dispatcher: Dispatcher = {
    call: async (): Promise<Result<unknown>> => ok(value),
    cancel: () => undefined,
    closeConnection: () => undefined,
  };
  server = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/ws' });
  server.on('connection', (ws) => attachSocket(ws, { id: 'c1', dispatcher, log: () => undefined }));
  await new Promise((resolve) => server!.once('listening', resolve));
  const { port } = server.address() as { port: number };
  client = await openSocket(port, 'unused');
  return caller(client);
};

afterEach(async () => {
  client?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  server = null;
});

describe('browser mode sends messages to the page in bounded frames', () => {
  it('splits a 5 MB answer into frames no larger than the cap, and it arrives whole', async () => {
    // Escaped characters make the JSON bigger than the text: the worst case for the frame size.
    const rows = Array.from({ length: 40_000 }, (_, i) => `key-${i}-\u001b-${'é'.repeat(60)}`);
    const wire = await serve({ rows });
    const { result } = await wire.call('view.page', {});
    expect(result.ok).toBe(true);
    expect((result.value as { rows: string[] }).rows).toEqual(rows);
    expect(wire.frames.length).toBeGreaterThan(5);
    for (const frame of wire.frames) {
      expect(Buffer.byteLength(frame)).toBeLessThanOrEqual(MAX_FRAME_BYTES);
    }
  });

  it('sends a small answer as one frame, as it is', async () => {
    const wire = await serve({ rows: ['a', 'b'] });
    const { result } = await wire.call('view.page', {});
    expect(result.value).toEqual({ rows: ['a', 'b'] });
    expect(wire.frames).toHaveLength(1);
    expect(JSON.parse(wire.frames[0]!)).toMatchObject({ kind: 'result', id: 1 });
  });
});
