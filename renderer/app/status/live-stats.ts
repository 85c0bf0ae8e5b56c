import type { ViewStats } from '../../../shared/contract';

/**
 * The live counts of the view.page batch in flight, outside React state: the status bar
 * subscribes to them, so counts ticking several times a second never render the table.
 */
export interface LiveStats {
  /** A new batch starts: what the last one counted no longer applies. */
  reset(): void;
  publish(stats: ViewStats): void;
  subscribe(listener: () => void): () => void;
  current(): ViewStats | null;
}

export const createLiveStats = (): LiveStats => {
  let stats: ViewStats | null = null;
  const listeners = new Set<() => void>();
  const set = (next: ViewStats | null) => {
    stats = next;
    for (const listener of listeners) listener();
  };
  return {
    reset: () => set(null),
    publish: set,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current: () => stats,
  };
};
