import type { PageResult, ViewStats } from '../../../shared/contract';

export interface ViewTotals {
  /** Rows in the table. */
  rows: number;
  /** Rows matched so far, including the batch still scanning. */
  matched: number;
  scanned: number;
  pages: number;
}

/** Totals over the loaded batches, plus the live counts of the batch in flight. */
export const viewTotals = (batches: readonly PageResult[], live: ViewStats | null): ViewTotals => {
  let rows = 0;
  let scanned = 0;
  let pages = 0;
  for (const batch of batches) {
    rows += batch.rows.length;
    scanned += batch.scanned;
    pages += batch.pages;
  }
  if (!live) return { rows, matched: rows, scanned, pages };
  return {
    rows,
    matched: rows + live.matched,
    scanned: scanned + live.scanned,
    pages: pages + live.pages,
  };
};
