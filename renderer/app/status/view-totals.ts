import type { PageResult, ViewStats } from '../../../shared/contract';

export interface ViewTotals {
  rows: number;
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
  if (live) {
    rows += live.matched;
    scanned += live.scanned;
    pages += live.pages;
  }
  return { rows, scanned, pages };
};
