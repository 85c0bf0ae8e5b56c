import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../../../electron/engine/paging/view-cursor';

describe('the view cursor', () => {
  it('keeps a map-valued token with bytes in it (a DynamoDB binary key) exactly', () => {
    const key = { digest: { B: new Uint8Array([0, 255, 10, 13, 128]) }, n: { N: '1.50' } };
    const cursor = {
      k: 'view',
      p: 'items' as const,
      s: {
        '': {
          pos: { at: { tokens: { ExclusiveStartKey: key }, trunc: 3 }, skip: 1, taken: 7 },
          taken: 7,
        },
      },
    };
    const back = decodeCursor(encodeCursor(cursor), 'view');
    expect(back).toEqual(cursor);
    const digest = (back.s['']!.pos!.at.tokens!.ExclusiveStartKey as typeof key).digest.B;
    expect(digest).toBeInstanceOf(Uint8Array);
  });
});
