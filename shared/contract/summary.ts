import { z } from 'zod';
import type { Cell } from './table';
import { viewSpecSchema } from './view-spec';

/** A summary request: the view, its groupings (none: the resource's own), depth and N. */
export const summaryRequestSchema = z
  .object({
    spec: viewSpecSchema,
    by: z
      .array(z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/))
      .max(8)
      .optional(),
    depth: z.number().int().min(1).max(32).default(1),
    top: z.number().int().min(1).max(100).default(10),
  })
  .strict();

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
  /** The columns that name an entry in a short list: the first column, the size, the date. */
  entryColumns: string[];
}

/** The summary so far while a view is summarised, for a panel that fills in live. */
