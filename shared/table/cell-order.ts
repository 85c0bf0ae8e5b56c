import type { Cell } from '../contract';

/** A cell as a sort reads it: undefined where a row is shorter than its columns. */
export type SortValue = Cell | undefined;

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export const isEmptyCell = (value: SortValue): boolean => value === null || value === undefined;

/** Numbers by value, text in natural order (file-2 before file-10). */
export const compareFilledCells = (a: SortValue, b: SortValue): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
};

/**
 * The grid's order of two cells of rows loaded at positions x and y: empty cells last in both
 * directions, equal cells in load order, so two distinct rows never compare equal. The grid and
 * the engine's sort of a whole listing both use it, so "sort all" gives the order that sorting
 * the loaded rows would give once every row is loaded.
 */
export const compareCellsAt = (
  a: SortValue,
  x: number,
  b: SortValue,
  y: number,
  descending: boolean,
): number => {
  const empty = Number(isEmptyCell(a)) - Number(isEmptyCell(b));
  if (empty !== 0 || isEmptyCell(a)) return empty || x - y;
  return (descending ? -1 : 1) * compareFilledCells(a, b) || x - y;
};
