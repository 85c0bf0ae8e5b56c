import WebSocket from 'ws';
import { createPartAssembler, type WireMessage, type WirePart } from '../../../../shared/contract';

/** A minimal contract caller over browser mode's WebSocket, for tests that speak the wire. */
export const openSocket = (port: number, token: string) =>
  new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws?token=${token}`);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });

export interface WireResult {
  id: number;
  result: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

export const caller = (ws: WebSocket) => {
  let nextId = 1;
  const waiting = new Map<number, (r: WireResult) => void>();
  const frames: string[] = [];
  const assemble = createPartAssembler();
  ws.on('message', (data) => {
    const text = String(data);
    frames.push(text);
    const frame = assemble(JSON.parse(text) as WireMessage | WirePart) as
      (WireResult & { kind: string }) | null;
    if (frame?.kind === 'result') {
      waiting.get(frame.id)?.(frame);
      waiting.delete(frame.id);
    }
  });
  return {
    frames,
    call(method: string, input: unknown): Promise<WireResult> {
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        ws.send(JSON.stringify({ id, method, input }));
      });
    },
  };
};
