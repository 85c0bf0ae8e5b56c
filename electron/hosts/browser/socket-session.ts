import type { WebSocket } from 'ws';
import { fail, framesOf, wireRequestSchema, type WireMessage } from '../../../shared/contract';
import type { Connection, Dispatcher } from '../../service/dispatcher';
import { redactSecrets } from '../../engine/log/redact';
import { redactOutbound } from '../../engine/log/redact-outbound';

/**
 * One browser tab's WebSocket: frames are parsed as unknown, each call goes through the
 * dispatcher, and nothing a tab sends can throw out of here.
 */
export const attachSocket = (
  ws: WebSocket,
  session: { id: string; dispatcher: Dispatcher; log: (line: string) => void },
): void => {
  const log = (line: string) => session.log(redactSecrets(line));
  // A message bigger than a frame goes as parts, back to back, so no frame to the page is huge.
  const send = (message: WireMessage) => {
    if (ws.readyState !== ws.OPEN) return;
    for (const frame of framesOf(redactOutbound(message))) ws.send(frame);
  };
  const connection: Connection = {
    id: session.id,
    mode: 'browser',
    emit: (event, payload) => send({ kind: 'event', event, payload }),
    progress: (id, progress) => send({ kind: 'progress', id, progress }),
  };

  ws.on('message', (data, isBinary) => {
    let frame: unknown;
    try {
      frame = isBinary ? undefined : JSON.parse(String(data));
    } catch {
      frame = undefined;
    }
    const request = wireRequestSchema.safeParse(frame);
    if (!request.success) {
      // Answer with the frame's own id when it has a usable one, so the caller is not left waiting.
      const id = (frame as { id?: unknown } | undefined)?.id;
      const replyId = typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : -1;
      send({ kind: 'result', id: replyId, result: fail('BAD_REQUEST', 'Malformed message.') });
      return;
    }
    if ('cancel' in request.data) {
      session.dispatcher.cancel(session.id, request.data.cancel);
      return;
    }
    const { id, method, input } = request.data;
    void session.dispatcher
      .call(method, input, connection, id)
      .then((result) => send({ kind: 'result', id, result }))
      .catch((error: unknown) => log(`socket send failed: ${(error as Error).message}`));
  });
  ws.on('close', () => session.dispatcher.closeConnection(session.id));
  ws.on('error', (error) => log(`socket error: ${error.message}`));
};
