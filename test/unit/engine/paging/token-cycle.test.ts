import { describe, expect, it } from 'vitest';
import { TokenCycleGuard } from '../../../../electron/engine/paging/token-cycle';

/** How many tokens the guard takes before it stops `tokens`, or null if it never does. */
const stopsAfter = (tokens: Iterable<string>): number | null => {
  const guard = new TokenCycleGuard('s3:ListObjectsV2');
  let n = 0;
  for (const token of tokens) {
    n += 1;
    try {
      guard.see(token);
    } catch {
      return n;
    }
  }
  return null;
};

function* looping(lead: number, period: number, total: number) {
  for (let i = 0; i < total; i += 1) yield i < lead ? `lead${i}` : `loop${(i - lead) % period}`;
}

describe('TokenCycleGuard', () => {
  it('never stops distinct tokens', () => {
    expect(stopsAfter(looping(100_000, 1, 100_000))).toBeNull();
  });

  it('stops a repeated token, an A-B cycle and long cycles after any lead-in', () => {
    expect(stopsAfter(['A', 'A'])).toBe(2);
    expect(stopsAfter(['A', 'B', 'A'])).toBe(3);
    for (const lead of [0, 1, 7, 300]) {
      for (const period of [1, 2, 3, 50, 1000]) {
        const n = stopsAfter(looping(lead, period, 10 * (lead + period) + 10));
        expect(n).not.toBeNull();
        expect(n!).toBeLessThanOrEqual(4 * (lead + period) + 2);
      }
    }
  });
});
