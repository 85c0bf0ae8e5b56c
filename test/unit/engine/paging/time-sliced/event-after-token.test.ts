import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeEventAfterToken,
  encodeEventAfterToken,
  isEventAfterToken,
} from '../../../../../electron/engine/paging/time-sliced/event-after-token';

describe('event after-tokens', () => {
  it('give back the position they were made from', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.string(), (t, id) => {
        const token = encodeEventAfterToken({ timestamp: t, eventId: id });
        expect(isEventAfterToken(token)).toBe(true);
        expect(token).toMatch(/^pagescope-after-event:[A-Za-z0-9_-]*$/);
        expect(decodeEventAfterToken(token)).toEqual({ timestamp: t, eventId: id });
      }),
    );
  });

  it('refuse what is not one of theirs', () => {
    const good = encodeEventAfterToken({ timestamp: 5, eventId: 'e' });
    const body = (json: string) =>
      `pagescope-after-event:${Buffer.from(json).toString('base64url')}`;
    for (const bad of [
      'Bxkq6kVGFtq2y_MoigeqscPOdhXVbhiVtLoAmXb5jCrI7fXD',
      `${good}=`,
      `${good}!`,
      'pagescope-after-event:',
      body('[5]'),
      body('[-1,"e"]'),
      body('[1.5,"e"]'),
      body('[5,7]'),
      body('{"timestamp":5,"eventId":"e"}'),
      body('[5, "e"]'),
    ]) {
      expect(decodeEventAfterToken(bad)).toBeNull();
    }
  });
});
