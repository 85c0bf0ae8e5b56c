import { useCallback, useState } from 'react';

/**
 * State that returns to `initial` whenever `resetKey` changes, adjusted during render as React
 * recommends (https://react.dev/learn/you-might-not-need-an-effect#adjusting-some-state-when-a-prop-changes)
 * so no frame shows the stale value.
 */
export function useResetState<T>(
  initial: () => T,
  resetKey: string,
): [T, (next: T | ((prev: T) => T)) => void] {
  const [slot, setSlot] = useState(() => ({ key: resetKey, value: initial() }));
  let current = slot;
  if (slot.key !== resetKey) {
    current = { key: resetKey, value: initial() };
    setSlot(current);
  }
  const set = useCallback(
    (next: T | ((prev: T) => T)) =>
      setSlot((prev) => ({
        key: prev.key,
        value: typeof next === 'function' ? (next as (p: T) => T)(prev.value) : next,
      })),
    [],
  );
  return [current.value, set];
}
