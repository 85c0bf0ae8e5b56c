import type {
  EventName,
  EventPayload,
  MethodName,
  MethodOutput,
  MethodProgress,
  ParsedInput,
} from '../../shared/contract';

/** What a handler gets besides its validated input; P is what its method reports as it runs. */
export interface HandlerContext<P = never> {
  /** Aborted when the caller cancels this call, disconnects, or the window closes. */
  signal: AbortSignal;
  /** Report progress to the caller of this call (its `onProgress`). */
  progress(report: P): void;
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
  context: HandlerContext<MethodProgress<M>>,
) => Promise<MethodOutput<M>>;

/** One handler per contract method: the compiler refuses a contract method without one. */
export type Handlers = { [M in MethodName]: Handler<M> };

/** Handlers for a subset of methods, as each feature file exports them. */
export type HandlerGroup<M extends MethodName> = { [K in M]: Handler<K> };
