import { describe, expect, it } from 'vitest';
import { createMatchedStore } from '../../../../../renderer/app/views/matched-store';
import { createRowStore } from '../../../../../renderer/app/views/row-store';

const store = createRowStore([
  {
    rows: [
      ['a', 1],
      ['b', 2],
    ],
  },
  { rows: [] },
  {
    rows: [
      ['c', 3],
      ['d', null],
      ['e', 5],
    ],
  },
]);

describe('reading loaded rows for a filter', () => {
  it('reads one column of a range across pages', () => {
    expect(store.cells(1, 0, 5)).toEqual([1, 2, 3, null, 5]);
    expect(store.cells(0, 1, 4)).toEqual(['b', 'c', 'd']);
    expect(store.cells(0, 5, 5)).toEqual([]);
  });

  it('shows the matched rows in place, in their order', () => {
    const matched = createMatchedStore(store, Uint32Array.from([1, 4]));
    expect(matched.count).toBe(2);
    expect(matched.rowAt(1)).toEqual(['e', 5]);
    expect(matched.cells(0, 0, 2)).toEqual(['b', 'e']);
  });
});
