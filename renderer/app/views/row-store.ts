import type { Cell, PageResult, Row } from '../../../shared/contract';

/**
 * The loaded rows of a view, read through the pages they arrived in. Nothing is copied when a
 * page arrives (a million rows stay the arrays the contract delivered); a row is found by a
 * binary search over the pages' running totals, and only visible rows are ever looked up.
 */
export interface RowStore {
  readonly count: number;
  rowAt(index: number): Row;
  /** One column's cells of rows [from, to), read page by page rather than row by row. */
  cells(column: number, from: number, to: number): Cell[];
}

const EMPTY_ROW: Row = [];

export const createRowStore = (pages: readonly Pick<PageResult, 'rows'>[]): RowStore => {
  const ends = new Float64Array(pages.length);
  let total = 0;
  for (let i = 0; i < pages.length; i++) {
    total += pages[i]!.rows.length;
    ends[i] = total;
  }
  return {
    count: total,
    cells(column, from, to) {
      const out = new Array<Cell>(Math.max(0, to - from));
      let start = 0;
      for (const { rows } of pages) {
        const end = start + rows.length;
        for (let row = Math.max(from, start); row < Math.min(to, end); row++)
          out[row - from] = rows[row - start]![column] ?? null;
        start = end;
        if (start >= to) break;
      }
      return out;
    },
    rowAt(index) {
      let low = 0;
      let high = pages.length - 1;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (ends[mid]! > index) high = mid;
        else low = mid + 1;
      }
      const start = low === 0 ? 0 : ends[low - 1]!;
      return pages[low]?.rows[index - start] ?? EMPTY_ROW;
    },
  };
};
