import { setMaxListeners } from 'node:events';

/**
 * A signal for the requests of a parallel listing: aborted with `parent`, and by `dispose()` when
 * the listing ends or its reader leaves it, so that no request outlives the listing. Every
 * request listens to it, more than Node's default of 10 listeners.
 */
export const linkedAbort = (parent: AbortSignal): { signal: AbortSignal; dispose(): void } => {
  parent.throwIfAborted();
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const abort = () => controller.abort(parent.reason);
  parent.addEventListener('abort', abort);
  return {
    signal: controller.signal,
    dispose: () => {
      controller.abort();
      parent.removeEventListener('abort', abort);
    },
  };
};
