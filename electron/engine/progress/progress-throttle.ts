/** Progress of an export or a summary goes out at most 4 times a second. */
export const PROGRESS_INTERVAL_MS = 250;

export interface ThrottleOptions<T> {
  /** Shortest time between two emits; PROGRESS_INTERVAL_MS when not given. */
  intervalMs?: number;
  emit(value: T): void;
  now?: () => number;
}

export interface Throttle<T> {
  /** Offers the latest value: emitted now, or later by a timer if one was emitted recently. */
  update(value: T): void;
  /** Drops a pending value; the caller reports the end itself (export.finished). */
  stop(): void;
}

/**
 * Leading and trailing throttle: the first value goes out at once, later ones at most once per
 * interval, and the last value of a burst still goes out, so a slow page after a burst of fast
 * ones does not leave a stale figure on screen.
 */
export const createThrottle = <T>(options: ThrottleOptions<T>): Throttle<T> => {
  const now = options.now ?? Date.now;
  const intervalMs = options.intervalMs ?? PROGRESS_INTERVAL_MS;
  let last = -Infinity;
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const flush = () => {
    timer = null;
    if (!pending || stopped) return;
    const { value } = pending;
    pending = null;
    last = now();
    options.emit(value);
  };

  return {
    update(value) {
      if (stopped) return;
      pending = { value };
      const wait = last + intervalMs - now();
      if (wait <= 0) {
        if (timer) clearTimeout(timer);
        flush();
      } else if (!timer) {
        timer = setTimeout(flush, wait);
        timer.unref?.();
      }
    },
    stop() {
      stopped = true;
      pending = null;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
};
