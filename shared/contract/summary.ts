import type { Cell } from './table';

/** One group of a summary: the rows whose field has this value, and their total size. */
export interface SummaryGroup {
  /** The field's value as shown; null when rows have none (an empty cell). */
  value: Cell;
  count: number;
  /** Total of the size column over the group's rows; null when the resource has no sizes. */
  size: number | null;
}

/** The rows' groups by one field, largest count first (ties in value order). */
export interface SummaryGrouping {
  /** A column id, `month` (of the date column) or `folder` (key prefix at `depth`). */
  by: string;
  label: string;
  groups: SummaryGroup[];
}

/** The cells of one of the N rows kept for a "largest" or "oldest" list. */
export type SummaryEntry = Record<string, Cell>;

/**
 * What a listing holds, computed while it is listed: memory grows with the number of groups and
 * N, never with the number of rows.
 */
export interface Summary {
  count: number;
  /** Total of the size column (S3's Size); null when the resource has no sizes. */
  totalSize: number | null;
  groupings: SummaryGrouping[];
  /** The N largest rows by size, largest first; empty without a size column. */
  largest: SummaryEntry[];
  /** The N oldest rows by date, oldest first; empty without a date column. */
  oldest: SummaryEntry[];
}
