import {
  contract,
  createPartAssembler,
  fail,
  type ContractClient,
  type EventName,
  type Result,
  type WireMessage,
  type WirePart,
} from '../../shared/contract';
import { createListeners } from './listeners';

type Pending = (result: Result<unknown>) => void;

/**
 * Browser mode's client: the contract over one WebSocket to the local host. Same shape as
 * Electron's window.pagescope, so nothing above this file knows which mode it runs in.
 */
export const createWebSocketClient = (url: string): ContractClient => {
  const pending = new Map<number, Pending>();
  const listeners = createListeners();
  let nextId = 1;
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

  const call = async (method: string, input: unknown): Promise<Result<unknown>> => {
    let ws: WebSocket;
    try {
      ws = await (socket ??= connect());
    } catch (error) {
      socket = null;
      return fail('NETWORK', (error as Error).message, { retryable: true });
    }
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      ws.send(JSON.stringify({ id, method, input: input ?? {} }));
    });
  };

  const functions = Object.fromEntries(
    Object.keys(contract).map((method) => [method, (input: unknown) => call(method, input)]),
  );
  return { ...functions, on: listeners.on } as ContractClient;
};
