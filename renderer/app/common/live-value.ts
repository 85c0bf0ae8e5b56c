import { useSyncExternalStore } from 'react';

/**
 * A value that changes several times a second (a call's progress) held outside React state:
 * only the components that read it render when it changes, never the table around them.
 */
export interface LiveValue<T> {
  /** Something new starts: what the last one reported no longer applies. */
  reset(): void;
  publish(value: T): void;
  subscribe(listener: () => void): () => void;
  current(): T | null;
}

export const createLiveValue = <T>(): LiveValue<T> => {
  let value: T | null = null;
  const listeners = new Set<() => void>();
  const set = (next: T | null) => {
    value = next;
    for (const listener of listeners) listener();
  };
  return {
    reset: () => set(null),
    publish: set,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current: () => value,
  };
};

/** The value now; the calling component renders again when it changes. */
export const useLiveValue = <T>(live: LiveValue<T>): T | null =>
  useSyncExternalStore(live.subscribe, live.current);
