import type { Cell } from '../../../shared/contract';
import type { RowStore } from '../views/row-store';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const isEmpty = (value: Cell | undefined): boolean => value === null || value === undefined;

/** Compares two non-empty cells: numbers by value, text in natural order. */
const compareValues = (a: Cell | undefined, b: Cell | undefined): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
};

/**
 * The display order of the loaded rows sorted by one column: a permutation of row indices in a
 * typed array, so sorting a million rows allocates 4 MB and no per-row objects.
 */
export const sortOrder = (store: RowStore, column: number, descending: boolean): Uint32Array => {
  const values: (Cell | undefined)[] = new Array(store.count);
  const order = new Uint32Array(store.count);
  for (let i = 0; i < store.count; i++) {
    values[i] = store.rowAt(i)[column];
    order[i] = i;
  }
  const sign = descending ? -1 : 1;
  // Empty cells go last in both directions, and equal cells keep their load order.
  order.sort((x, y) => {
    const a = values[x];
    const b = values[y];
    const empty = Number(isEmpty(a)) - Number(isEmpty(b));
    if (empty !== 0 || isEmpty(a)) return empty || x - y;
    return sign * compareValues(a, b) || x - y;
  });
  return order;
};
