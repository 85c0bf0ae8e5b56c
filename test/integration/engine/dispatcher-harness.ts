import type { EventName, EventPayload, Result } from '../../../shared/contract';
import { createDispatcher, type Connection } from '../../../electron/service/dispatcher';
import { createHandlers } from '../../../electron/service/handlers';

export interface Recorded {
  event: EventName;
  payload: unknown;
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
  });
  const call = <T>(method: string, input: unknown, connectionId = 'window-1') =>
    dispatcher.call(method, input, connection(connectionId)) as Promise<Result<T>>;
  return { call, events, dispatcher };
};
