import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochMs } from '../../../../electron/engine/resources/logs-list';

describe('CloudWatch Logs times as cells', () => {
  it('writes any millisecond time as Date#toISOString does, in or out of order', () => {
    const near = fc.integer({ min: 1_709_251_200_000, max: 1_709_251_200_000 + 3_600_000 });
    const any = fc.integer({ min: -8.64e15, max: 8.64e15 });
    fc.assert(
      fc.property(fc.array(fc.oneof(near, any), { maxLength: 50 }), (times) => {
        for (const t of times) expect(epochMs(t)).toBe(new Date(t).toISOString());
      }),
    );
  });

  it('leaves what is not a time empty', () => {
    expect(epochMs(undefined)).toBeNull();
    expect(epochMs('1709251200000')).toBeNull();
    expect(epochMs(1.5)).toBeNull();
  });
});
