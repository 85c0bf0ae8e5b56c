import type {
  EventName,
  EventPayload,
  MethodName,
  MethodOutput,
  ParsedInput,
} from '../../shared/contract';

/** What a handler gets besides its validated input. */
export interface HandlerContext {
  /** Aborted when the caller cancels (request.cancel), disconnects, or the window closes. */
  signal: AbortSignal;
  /** Aborted only when the connection closes: for work that outlives its request (jobs). */
  connectionSignal: AbortSignal;
  /** Push an event to the connection that made this request. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  mode: 'electron' | 'browser';
  /** Stable for the lifetime of one renderer connection (window or WebSocket). */
  connectionId: string;
}

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  context: HandlerContext,
) => Promise<MethodOutput<M>>;

/** Methods the dispatcher answers itself rather than through a handler. */
export type DispatcherMethod = 'request.cancel';

/** One handler per contract method: the compiler refuses a contract method without one. */
export type Handlers = { [M in Exclude<MethodName, DispatcherMethod>]: Handler<M> };

/** Handlers for a subset of methods, as each feature file exports them. */
export type HandlerGroup<M extends MethodName> = { [K in M]: Handler<K> };
