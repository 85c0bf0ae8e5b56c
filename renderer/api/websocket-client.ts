import {
  contract,
  createPartAssembler,
  fail,
  type ContractBridge,
  type EventName,
  type Result,
  type WireMessage,
  type WirePart,
} from '../../shared/contract';
import { createListeners } from './listeners';

type Pending = (result: Result<unknown>) => void;

/**
 * Browser mode's bridge: the contract over one WebSocket to the local host. Same shape as
 * Electron's window.pagescope, so nothing above this file knows which mode it runs in.
 */
export const createWebSocketBridge = (url: string): ContractBridge => {
  const pending = new Map<number, Pending>();
  const listeners = createListeners();
  const unsent = new Set<number>();
  const progressListeners = new Set<(callId: number, progress: unknown) => void>();
  let socket: Promise<WebSocket> | null = null;

  const connect = (): Promise<WebSocket> =>
    new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      // Each connection joins its own parts: a socket that closes mid-message leaves nothing behind.
      const assemble = createPartAssembler();
      ws.onopen = () => resolve(ws);
      ws.onerror = () => reject(new Error('The PageScope host refused the connection.'));
      ws.onmessage = (message) => {
        const frame = assemble(JSON.parse(String(message.data)) as WireMessage | WirePart);
        if (frame === null) return;
        if (frame.kind === 'result') {
          pending.get(frame.id)?.(frame.result);
          pending.delete(frame.id);
        } else if (frame.kind === 'progress') {
          for (const listener of progressListeners) listener(frame.id, frame.progress);
        } else {
          listeners.dispatch(frame.event as EventName, frame.payload);
        }
      };
      ws.onclose = () => {
        socket = null;
        for (const settle of pending.values()) {
          settle(
            fail('NETWORK', 'Lost the connection to the PageScope host.', { retryable: true }),
          );
        }
        pending.clear();
      };
    });

  const call = async (method: string, input: unknown, id: number): Promise<Result<unknown>> => {
    let ws: WebSocket;
    try {
      ws = await (socket ??= connect());
    } catch (error) {
      socket = null;
      return fail('NETWORK', (error as Error).message, { retryable: true });
    }
    if (unsent.delete(id)) return fail('CANCELLED', 'Cancelled.');
    return new Promise((resolve) => {
      pending.set(id, resolve);
      ws.send(JSON.stringify({ id, method, input: input ?? {} }));
    });
  };

  const cancel = (id: number) => {
    if (!pending.has(id)) {
      // Not sent yet (the socket is still connecting): it answers CANCELLED without being sent.
      unsent.add(id);
      return;
    }
    void socket?.then((ws) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ cancel: id }));
    });
  };
  const onProgress = (listener: (callId: number, progress: unknown) => void) => {
    progressListeners.add(listener);
    return () => progressListeners.delete(listener);
  };

  const functions = Object.fromEntries(
    Object.keys(contract).map((method) => [
      method,
      (input: unknown, id: number) => call(method, input, id),
    ]),
  );
  return { ...functions, cancel, on: listeners.on, onProgress } as unknown as ContractBridge;
};
