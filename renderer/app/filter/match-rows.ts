import type { Cell } from '../../../shared/contract';
import type { JmesNode } from '../../../shared/jmespath';
import { compileJmespathTree, isJmespathFalse } from '../../../shared/jmespath';
import type { ItemField } from './loaded-filter-plan';

/** One field's cells, the first at index 0 being row `first`'s (numbers may come packed). */
export type CellsOf = (field: number) => ArrayLike<Cell>;

type Item = Record<string, unknown>;

/**
 * Fills one item `{State: {Name: cell}}` with a row's cells for the fields' paths (the part of
 * the item the test reads). The same object is refilled for every row: its shape stays fixed,
 * nothing is allocated per row, and the test's result is only read for its truth at once.
 */
const itemFiller = (fields: readonly ItemField[], cells: CellsOf, first: number) => {
  const item: Item = {};
  if (fields.length === 1 && fields[0]!.path.length === 1) {
    // The common case (`Size > …`, `contains(Key, …)`) without the general loop.
    const key = fields[0]!.path[0]!;
    const only = cells(0);
    return (row: number): Item => {
      item[key] = only[row - first] ?? null;
      return item;
    };
  }
  const slots = fields.map(({ path }, f) => {
    let target = item;
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Item;
    return { target, key: path[path.length - 1]!, cells: cells(f) };
  });
  return (row: number): Item => {
    for (const slot of slots) slot.target[slot.key] = slot.cells[row - first] ?? null;
    return item;
  };
};

/**
 * Indices in [from, to) of the rows whose rebuilt item passes the test, in row order, with
 * jmespath.py's truth as its filter projection uses it. Shared by the worker and the in-page
 * path so both answer alike.
 */
export const matchRows = (
  predicate: JmesNode,
  fields: readonly ItemField[],
  cells: CellsOf,
  first: number,
  from: number,
  to: number,
): Uint32Array => {
  const test = compileJmespathTree(predicate);
  const fill = itemFiller(fields, cells, first);
  const out = new Uint32Array(Math.max(0, to - from));
  let n = 0;
  for (let row = from; row < to; row++) if (!isJmespathFalse(test(fill(row)))) out[n++] = row;
  return out.slice(0, n);
};
