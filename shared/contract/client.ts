import type { Result } from './api-error';
import type { EventName, EventPayload } from './events';
import type { MethodInput, MethodName, MethodOutput } from './methods';

/**
 * The renderer's view of the main side: exactly the contract's functions plus `on`.
 * window.pagescope (Electron preload) and the browser-mode WebSocket client both have this shape.
 */
export type ContractFunctions = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

export type ContractClient = ContractFunctions & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};
