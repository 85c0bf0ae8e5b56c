import WebSocket from 'ws';
import { z } from 'zod';

// Frames arrive as unknown text and are parsed, as every boundary in PageScope.
const resultFrame = z.object({
  kind: z.literal('result'),
  id: z.number(),
  result: z.union([
    z.object({ ok: z.literal(true), value: z.unknown() }),
    z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
  ]),
});

export interface WsCaller {
  call(method: string, input: unknown): Promise<unknown>;
  close(): void;
}

/** A contract caller over browser mode's WebSocket, as the renderer's client speaks it. */
export const connect = async (port: number, token: string): Promise<WsCaller> => {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ws?token=${encodeURIComponent(token)}`);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 1;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  ws.on('message', (data) => {
    const frame = resultFrame.safeParse(JSON.parse(String(data)));
    if (!frame.success) return;
    const pending = waiting.get(frame.data.id);
    waiting.delete(frame.data.id);
    const r = frame.data.result;
    if (r.ok) pending?.resolve(r.value);
    else pending?.reject(new Error(`${r.error.code}: ${r.error.message}`));
  });
  return {
    call: (method, input) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        ws.send(JSON.stringify({ id, method, input }));
      }),
    close: () => ws.close(),
  };
};
