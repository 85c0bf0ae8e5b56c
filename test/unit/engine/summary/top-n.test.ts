import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopN } from '../../../../electron/engine/summary/top-n';

describe('TopN', () => {
  it('keeps the N first of any sequence, equal ones in the order offered', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }),
        fc.integer({ min: 0, max: 40 }),
        (values, n) => {
          const top = new TopN<{ v: number; i: number }>(n, (a, b) => b.v - a.v);
          values.forEach((v, i) => top.offer({ v, i }));
          const expected = values
            .map((v, i) => ({ v, i }))
            .sort((a, b) => b.v - a.v || a.i - b.i)
            .slice(0, n);
          expect(top.values()).toEqual(expected);
        },
      ),
      { seed: 20260514 },
    );
  });
});
