import { useCallback, useState } from 'react';

const PREFIX = 'pagescope.';

/** Reads a stored value; anything unparsable or rejected by the guard counts as absent. */
export const readStored = <T>(key: string, guard: (value: unknown) => value is T): T | null => {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    if (raw === null) return null;
    const value: unknown = JSON.parse(raw);
    return guard(value) ? value : null;
  } catch {
    return null;
  }
};

export const writeStored = (key: string, value: unknown): void => {
  try {
    if (value === null || value === undefined) window.localStorage.removeItem(PREFIX + key);
    else window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage can be full or disabled (private windows); the app works without persistence.
  }
};

/** useState that survives restarts through localStorage (parsed from unknown, STYLE.md rule 3). */
export function usePersistedState<T>(
  key: string,
  guard: (value: unknown) => value is T,
  fallback: T,
): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => readStored(key, guard) ?? fallback);
  const set = useCallback(
    (next: T) => {
      setValue(next);
      writeStored(key, next);
    },
    [key],
  );
  return [value, set];
}

export const isString = (value: unknown): value is string => typeof value === 'string';
