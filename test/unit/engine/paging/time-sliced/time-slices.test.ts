import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeSlices } from '../../../../../electron/engine/paging/time-sliced/time-slices';

const ms = fc.integer({ min: 0, max: 4_000_000_000_000 });

describe('timeSlices', () => {
  it('covers the range exactly, in order, without overlap, in at most `count` slices', () => {
    fc.assert(
      fc.property(ms, ms, ms, ms, fc.integer({ min: 1, max: 64 }), (a, b, c, d, count) => {
        const range = { from: Math.min(a, b), to: Math.max(a, b) };
        const span = { from: Math.min(c, d), to: Math.max(c, d) };
        const slices = timeSlices(range, span, count);
        expect(slices.length).toBeGreaterThanOrEqual(1);
        expect(slices.length).toBeLessThanOrEqual(count);
        expect(slices[0]!.from).toBe(range.from);
        expect(slices.at(-1)!.to).toBe(range.to);
        slices.forEach((s, i) => {
          expect(s.from).toBeLessThanOrEqual(s.to);
          if (i > 0) expect(s.from).toBe(slices[i - 1]!.to + 1);
        });
      }),
    );
  });

  it('cuts the span where events were seen evenly, whatever the range around it', () => {
    const slices = timeSlices(
      { from: 0, to: Number.MAX_SAFE_INTEGER },
      { from: 1000, to: 1999 },
      4,
    );
    expect(slices).toEqual([
      { from: 0, to: 1249 },
      { from: 1250, to: 1499 },
      { from: 1500, to: 1749 },
      { from: 1750, to: Number.MAX_SAFE_INTEGER },
    ]);
  });

  it('keeps the range whole without a span, with a span outside it, or for one slice', () => {
    const range = { from: 100, to: 200 };
    expect(timeSlices(range, null, 16)).toEqual([range]);
    expect(timeSlices(range, { from: 300, to: 400 }, 16)).toEqual([range]);
    expect(timeSlices(range, { from: 0, to: 1000 }, 1)).toEqual([range]);
  });

  it('never cuts a millisecond in two: a span of three milliseconds gives at most three slices', () => {
    expect(timeSlices({ from: 0, to: 10 }, { from: 5, to: 7 }, 16)).toEqual([
      { from: 0, to: 5 },
      { from: 6, to: 6 },
      { from: 7, to: 10 },
    ]);
  });
});
