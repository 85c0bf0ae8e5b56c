import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createThrottle } from '../../../../electron/engine/progress/progress-throttle';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('createThrottle', () => {
  it('emits at most once per interval, first value at once and the last of a burst later', () => {
    const emitted: number[] = [];
    const throttle = createThrottle<number>({ intervalMs: 250, emit: (v) => emitted.push(v) });
    for (let i = 1; i <= 100; i += 1) throttle.update(i);
    expect(emitted).toEqual([1]);
    vi.advanceTimersByTime(250);
    expect(emitted).toEqual([1, 100]);
    vi.advanceTimersByTime(1000);
    expect(emitted).toEqual([1, 100]);
  });

  it('stays at 4 per second or fewer under a steady stream', () => {
    const times: number[] = [];
    const throttle = createThrottle<number>({
      intervalMs: 250,
      emit: () => times.push(Date.now()),
    });
    const start = Date.now();
    for (let ms = 0; ms < 3000; ms += 10) {
      throttle.update(ms);
      vi.advanceTimersByTime(10);
    }
    const perSecond = times.filter((t) => t - start < 1000).length;
    expect(perSecond).toBeLessThanOrEqual(4);
    expect(times.length).toBeGreaterThanOrEqual(11);
    for (let i = 1; i < times.length; i += 1) {
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(250);
    }
  });

  it('drops the pending value once stopped', () => {
    const emitted: string[] = [];
    const throttle = createThrottle<string>({ intervalMs: 250, emit: (v) => emitted.push(v) });
    throttle.update('a');
    throttle.update('b');
    throttle.stop();
    throttle.update('c');
    vi.advanceTimersByTime(1000);
    expect(emitted).toEqual(['a']);
  });
});
