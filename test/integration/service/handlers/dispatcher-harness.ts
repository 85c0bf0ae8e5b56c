import type { EventName, EventPayload, Result } from '../../../../shared/contract';
import { createDispatcher, type Connection } from '../../../../electron/service/dispatcher';
import { createHandlers } from '../../../../electron/service/handlers';

/** A push to the page: an event, or a progress report of the call with callId. */
export interface Recorded {
  event: EventName | 'progress';
  payload: unknown;
  callId?: number;
}

/** The real dispatcher and handlers, as the Electron and browser hosts run them. */
export const engineDispatcher = (onEvent?: (event: Recorded) => void) => {
  const dispatcher = createDispatcher(
    createHandlers({
      mode: 'browser',
      version: 'test',
      chooseSavePath: async () => null,
      revealFile: async () => false,
      newDownload: () => null,
    }),
    { log: () => undefined },
  );
  const events: Recorded[] = [];
  const connection = (id: string): Connection => ({
    id,
    mode: 'browser',
    emit: <E extends EventName>(event: E, payload: EventPayload<E>) => {
      events.push({ event, payload });
      onEvent?.({ event, payload });
    },
    progress: (callId, payload) => {
      events.push({ event: 'progress', payload, callId });
      onEvent?.({ event: 'progress', payload, callId });
    },
  });
  let nextCallId = 1;
  const call = <T>(
    method: string,
    input: unknown,
    connectionId = 'window-1',
    callId = nextCallId++,
  ) => dispatcher.call(method, input, connection(connectionId), callId) as Promise<Result<T>>;
  const cancel = (callId: number, connectionId = 'window-1') =>
    dispatcher.cancel(connectionId, callId);
  return { call, cancel, events, dispatcher };
};
