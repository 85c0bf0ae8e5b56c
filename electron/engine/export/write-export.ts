import {
  ApiFailure,
  type ApiError,
  type Column,
  type ExportProgress,
  type Row,
} from '../../../shared/contract';
import { toApiError } from '../errors/to-api-error';
import { openAtomicFile } from './atomic-file';
import type { RowSelection } from './row-selection';

/** One batch of a view's rows; `scanned` and `pages` count this batch only. */
export interface ExportBatch {
  columns: Column[];
  rows: Row[];
  scanned: number;
  pages: number;
}

/** Turns one batch into CSV as UTF-8; the first call also gives the BOM and header (shared/csv). */
export interface BatchEncoder {
  encodeBytes(columns: readonly Column[], rows: readonly Row[]): Uint8Array;
}

export type Counts = Omit<ExportProgress, 'jobId'>;

export interface WriteExportOptions {
  target: string;
  /** The view's rows; the listing stops (its generator is returned) when this export ends. */
  batches: AsyncIterable<ExportBatch>;
  select(view: readonly Column[]): RowSelection;
  encoder(): BatchEncoder;
  signal: AbortSignal;
  onProgress(counts: Counts): void;
  log?(line: string): void;
  now?: () => number;
}

export type ExportOutcome =
  | { status: 'done'; counts: Counts }
  | { status: 'cancelled'; counts: Counts }
  | { status: 'failed'; counts: Counts; error: ApiError };

const cancelled = (error: unknown, signal: AbortSignal) =>
  signal.aborted || (error instanceof Error && error.name === 'AbortError');

/**
 * Streams a view into TARGET through a partial file of its own (atomic-file.ts): each batch is encoded and written before the
 * next is pulled, so memory holds one batch whatever the view's size. The target appears only
 * when every row is written and flushed; cancel and failure remove the partial file.
 */
export const writeExport = async (o: WriteExportOptions): Promise<ExportOutcome> => {
  const now = o.now ?? Date.now;
  const started = now();
  const counts: Counts = { rows: 0, pages: 0, scanned: 0, bytes: 0, rowsPerSecond: 0 };
  const file = await openAtomicFile(o.target).catch((error: unknown) => error as Error);
  if (file instanceof Error) {
    const error =
      file instanceof ApiFailure
        ? file
        : ApiFailure.of('BAD_REQUEST', `Cannot write ${o.target}: ${file.message}`);
    return { status: 'failed', counts, error: error.apiError };
  }
  const encoder = o.encoder();
  let selection: RowSelection | null = null;
  try {
    for await (const batch of o.batches) {
      if (o.signal.aborted) break;
      selection ??= o.select(batch.columns);
      const rows = selection.pick(batch.rows);
      const bytes = encoder.encodeBytes(selection.columns, rows);
      if (bytes.length > 0) await file.write(bytes);
      counts.rows += rows.length;
      counts.pages += batch.pages;
      counts.scanned += batch.scanned;
      counts.bytes = file.bytes();
      counts.rowsPerSecond = Math.round((counts.rows * 1000) / Math.max(1, now() - started));
      o.onProgress({ ...counts });
      if (selection.complete()) break;
    }
    if (o.signal.aborted) {
      await file.discard();
      return { status: 'cancelled', counts };
    }
    await file.commit();
    counts.bytes = file.bytes();
    return { status: 'done', counts };
  } catch (error) {
    await file.discard();
    if (cancelled(error, o.signal)) return { status: 'cancelled', counts };
    return { status: 'failed', counts, error: toApiError(error, o.log ?? (() => undefined)) };
  }
};
