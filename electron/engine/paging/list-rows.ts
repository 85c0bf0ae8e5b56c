import {
  ApiFailure,
  type Column,
  type RegionError,
  type Row,
  type ViewSpec,
} from '../../../shared/contract';
import type { ProfileOverrides } from '../aws/resolve-profile';
import { backoffDelay, currentRetryPolicy, waitFor, type RetryPolicy } from './backoff';
import type { EntryState } from './merged-listing';
import { openView, type OpenedView } from './open-view';
import { resumeTokenOf } from './resume-of';

export interface ListStats {
  pages: number;
  scanned: number;
  matched: number;
  elapsedMs: number;
}

export interface RowBatch {
  columns: Column[];
  rows: Row[];
  scanned: number;
  pages: number;
  /** Set on the last batch when MaxItems ended the listing. */
  resumeToken: string | null;
  regionErrors: RegionError[];
}

export interface ListRowsOptions {
  signal: AbortSignal;
  onStats?(stats: ListStats): void;
  /** The CLI's --endpoint-url and --region. */
  overrides?: ProfileOverrides;
  retry?: RetryPolicy;
  /** List a flat S3 object listing as this many key ranges at once (paging/partitioned). */
  parallel?: number;
}

/** Pages one batch may scan when a filter rarely matches, before it yields what it has. */
const PAGE_BUDGET = 100;
/** Reopenings after a batch failed even though each page was retried: a few, not forever. */
const RESUME_ATTEMPTS = 3;
/**
 * Pages fetched ahead of the one being written. Each page needs the previous one's token, so one
 * ahead already keeps a request in flight while a page is written; every further page waiting is
 * a whole parsed page that outlives the young generation and is copied by each scavenge (with
 * two ahead, garbage collection took about a third of the CLI's CPU on a log stream).
 */
const PAGES_AHEAD = 1;
/** Rows of a batch at most: each batch is written out whole, and small ones let rows die young. */
const BATCH_ROWS = 1_000;

/**
 * Every row of a (filtered) view across all pages, for export and the CLI. A transient failure
 * that outlives the page-level retries reopens the listing at the position before the failed
 * batch, so the rows are exactly those of a fault-free run.
 */
export async function* listRows(
  spec: ViewSpec,
  options: ListRowsOptions,
): AsyncGenerator<RowBatch> {
  // Also aborted when the consumer stops early, so prefetched requests stop with it.
  const controller = new AbortController();
  const abort = () => controller.abort();
  options.signal.addEventListener('abort', abort);
  const policy = options.retry ?? currentRetryPolicy();
  const open = (states: Record<string, EntryState> | null, previous: OpenedView | null) =>
    openView(spec, states ? { k: '', p: previous?.listing.plan.kind ?? null, s: states } : null, {
      signal: controller.signal,
      prefetch: PAGES_AHEAD,
      ...(options.overrides ? { overrides: options.overrides } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.parallel ? { parallel: options.parallel } : {}),
    });
  const started = Date.now();
  const totals = { pages: 0, scanned: 0, matched: 0 };
  try {
    let view = await open(null, null);
    let failures = 0;
    for (let first = true; first || !view.listing.complete; first = false) {
      const before = view.listing.states();
      try {
        const batch = await view.listing.nextBatch({
          target: Math.min(view.pageSize, BATCH_ROWS),
          pageBudget: PAGE_BUDGET,
        });
        failures = 0;
        totals.pages += batch.pages;
        totals.scanned += batch.scanned;
        totals.matched += batch.rows.length;
        options.onStats?.({ ...totals, elapsedMs: Date.now() - started });
        yield {
          columns: view.listing.columns(),
          rows: batch.rows,
          scanned: batch.scanned,
          pages: batch.pages,
          resumeToken: resumeTokenOf(view.listing, view.fanOut),
          regionErrors: batch.regionErrors,
        };
        // Let the event loop read the sockets of the requests in flight: a consumer that is
        // never short of rows (CSV to a file is written synchronously) would otherwise leave
        // every response in the kernel's buffers until it ran out, and the service would stall
        // on a full socket meanwhile.
        await new Promise((resolve) => setImmediate(resolve));
      } catch (error) {
        const retryable = error instanceof ApiFailure && error.apiError.retryable;
        if (!retryable || controller.signal.aborted || ++failures > RESUME_ATTEMPTS) throw error;
        await waitFor(backoffDelay(policy, failures), controller.signal);
        view = await open(before, view);
      }
    }
  } finally {
    controller.abort();
    options.signal.removeEventListener('abort', abort);
  }
}
