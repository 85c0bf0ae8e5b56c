import { z } from 'zod';
import { limits, viewSpecSchema } from './view-spec';

export const exportOptionsSchema = z
  .object({
    header: z.boolean().default(true),
    delimiter: z.enum([',', '\t']).default(','),
    bom: z.boolean().default(false),
    /** OWASP CSV-injection guard: text starting with = + - @ tab CR gets a leading quote. */
    formulaGuard: z.boolean().default(true),
  })
  .strict();
export type ExportOptions = z.output<typeof exportOptionsSchema>;

export const exportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  /** The first `count` rows of the view, as loaded in the table. */
  z
    .object({ kind: z.literal('loaded'), count: z.number().int().min(0).max(limits.maxItems) })
    .strict(),
  /** Rows whose key column is one of these keys. */
  z
    .object({
      kind: z.literal('selected'),
      keys: z.array(z.string().max(limits.maxNameLength)).max(100_000),
    })
    .strict(),
]);
export type ExportScope = z.infer<typeof exportScopeSchema>;

export const exportStartSchema = z
  .object({
    jobId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    spec: viewSpecSchema,
    scope: exportScopeSchema.default({ kind: 'all' }),
    /** Column ids in output order; empty means the view's columns. */
    columns: z.array(z.string().min(1).max(256)).max(256).default([]),
    // The options' own defaults, parsed: one place says what a CSV is without options.
    options: exportOptionsSchema.prefault({}),
    /** Suggested file name; the path itself is chosen main-side (save dialog) or by the browser. */
    fileName: z
      .string()
      .regex(/^[^/\\\0]{1,200}$/)
      .optional(),
  })
  .strict();
export type ExportStart = z.output<typeof exportStartSchema>;

export interface ExportStarted {
  jobId: string;
  /** Browser mode: the token-protected URL the download streams from. */
  downloadUrl: string | null;
  /** Electron: the file chosen in the save dialog; null when the user dismissed it. */
  path: string | null;
}

export interface ExportProgress {
  jobId: string;
  rows: number;
  pages: number;
  scanned: number;
  bytes: number;
  rowsPerSecond: number;
}

export interface ExportFinished {
  jobId: string;
  status: 'done' | 'cancelled' | 'failed';
  rows: number;
  bytes: number;
  path: string | null;
  error: import('./api-error').ApiError | null;
  /** Regions of an all-regions view that could not be listed: their rows are not in the file. */
  regionErrors?: import('./table').RegionError[];
}
