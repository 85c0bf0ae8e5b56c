import { compareCellsAt, type SortValue } from '../../../shared/table/cell-order';
import type { RowStore } from '../views/row-store';

export type { SortValue };

/**
 * Compares rows by index: empty cells last in both directions, equal cells in load order, so
 * two distinct rows never compare equal and every sort of the same rows gives the same order.
 */
export const rowComparator =
  (valueOf: (row: number) => SortValue, descending: boolean) =>
  (x: number, y: number): number =>
    compareCellsAt(valueOf(x), x, valueOf(y), y, descending);

/** The sort permutation of these values, as row indices in a typed array (4 bytes a row). */
export const sortValues = (values: readonly SortValue[], descending: boolean): Uint32Array => {
  const order = new Uint32Array(values.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort(rowComparator((i) => values[i], descending));
};

export const columnValues = (store: RowStore, column: number): SortValue[] => {
  const values: SortValue[] = new Array(store.count);
  for (let i = 0; i < store.count; i++) values[i] = store.rowAt(i)[column];
  return values;
};

export const sortOrder = (store: RowStore, column: number, descending: boolean): Uint32Array =>
  sortValues(columnValues(store, column), descending);

/**
 * Extends the sorted order of the first `order.length` rows to every row of `store`: the new
 * rows are sorted among themselves and merged in by binary search, O(k log n + n) instead of
 * sorting all n rows again each time a batch arrives.
 */
export const extendOrder = (
  order: Uint32Array,
  store: RowStore,
  column: number,
  descending: boolean,
): Uint32Array => {
  const compare = rowComparator((i) => store.rowAt(i)[column], descending);
  const known = order.length;
  const added = new Uint32Array(store.count - known);
  for (let j = 0; j < added.length; j++) added[j] = known + j;
  added.sort(compare);
  const result = new Uint32Array(store.count);
  let from = 0;
  let out = 0;
  for (const row of added) {
    let low = from;
    let high = known;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compare(order[mid]!, row) < 0) low = mid + 1;
      else high = mid;
    }
    result.set(order.subarray(from, low), out);
    out += low - from;
    from = low;
    result[out++] = row;
  }
  result.set(order.subarray(from), out);
  return result;
};
