import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeAfterToken,
  encodeAfterToken,
} from '../../../../../electron/engine/paging/partitioned/after-token';
import { compareKeys } from '../../../../../electron/engine/paging/partitioned/key-order';

// Pure pieces the partitioned listing rests on (kept beside its integration tests).
describe('key order and after-tokens', () => {
  it('orders keys as S3 does: by their UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const bytes = Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
        expect(Math.sign(compareKeys(a, b))).toBe(bytes);
      }),
      { numRuns: 2000 },
    );
    // U+FF46 sorts before an emoji in UTF-8, after it in UTF-16.
    expect(compareKeys('\uff46', '📷')).toBeLessThan(0);
  });

  it('round-trips any key through an after-token, and refuses what it did not make', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (key) => {
        const token = encodeAfterToken(key);
        expect(token).toMatch(/^pagescope-after:[A-Za-z0-9_-]*$/);
        expect(decodeAfterToken(token)).toBe(key);
      }),
    );
    for (const bad of [
      '1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=',
      'pagescope-after:%%',
      'pagescope-after:_w',
    ]) {
      expect(decodeAfterToken(bad)).toBeNull();
    }
  });
});
