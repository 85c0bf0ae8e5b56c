import type { Cell } from '../../../shared/contract';
import type { RowStore } from '../views/row-store';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const compareCells = (a: Cell | undefined, b: Cell | undefined): number => {
  if (a === b) return 0;
  // Empty cells sort last in both directions would hide them; keep them last ascending only.
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
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
  order.sort((x, y) => sign * compareCells(values[x], values[y]) || x - y);
  return order;
};
