import { z } from 'zod';
import { limits, viewSpecSchema } from './view-spec';

/** One column's order over a whole view, as the grid's header sorts it. */
export const sortOrderSchema = z
  .object({
    column: z.string().min(1).max(limits.maxNameLength),
    descending: z.boolean(),
  })
  .strict();
export type SortOrder = z.infer<typeof sortOrderSchema>;

export const sortedPageSchema = z
  .object({
    spec: viewSpecSchema,
    sort: sortOrderSchema,
    cursor: z.string().min(1).max(limits.maxTokenLength).nullable(),
  })
  .strict();

/** How far a sort of a whole view has read its listing (its first rows come after the last). */
export interface SortProgress {
  read: number;
  /** Sorted runs on disk so far; 0 while every row fits in memory. */
  runs: number;
  elapsedMs: number;
}
