import type { Result } from './api-error';
import type { EventName, EventPayload } from './events';
import type { MethodInput, MethodName, MethodOutput, MethodProgress } from './methods';

/** An AbortSignal as a call uses it (shared/ knows neither the DOM's nor Node's types). */
export interface CallSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** How one call may be steered: cancelled by its signal, told of its progress. */
export interface CallOptions<P> {
  /** Aborting it cancels the call on the main side: its SDK calls stop, it answers CANCELLED. */
  signal?: CallSignal;
  /** The call's progress reports (live counts, a summary so far), in order, before its answer. */
  onProgress?: (progress: P) => void;
}

/**
 * The renderer's view of the main side: exactly the contract's functions plus `on`, the same
 * in Electron and in browser mode (renderer/api/contract-client.ts builds it over a bridge).
 */
export type ContractFunctions = {
  [M in MethodName]: (
    input: MethodInput<M>,
    options?: CallOptions<MethodProgress<M>>,
  ) => Promise<Result<MethodOutput<M>>>;
};

export type ContractClient = ContractFunctions & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/**
 * What a host hands the page (Electron's preload, browser mode's WebSocket): one function per
 * contract method taking the caller's call id, a cancel for that id, and the pushes. Plain values
 * only, because Electron's context bridge cannot carry an AbortSignal.
 */
export type ContractBridge = {
  [M in MethodName]: (input: MethodInput<M>, callId: number) => Promise<Result<MethodOutput<M>>>;
} & {
  cancel(callId: number): void;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Progress reports of every running call, tagged with its call id. */
  onProgress(listener: (callId: number, progress: unknown) => void): () => void;
};

/** Call ids are chosen by the page per connection; the main side keys running calls by them. */
export const isCallId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
