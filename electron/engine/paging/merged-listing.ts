import type { ApiError, Column, RegionError, Row } from '../../../shared/contract';
import { ApiFailure } from '../../../shared/contract';
import type { RowPlan } from '../filter/row-plan';
import type { RegionTurn } from './region-turns';
import type { RowListing, RowPosition } from './row-listing';

export interface ListingEntry {
  /** null for a single-region (or global) listing. */
  region: string | null;
  listing: RowListing | null;
  error: ApiError | null;
  /** Set once the error went out in a batch's regionErrors. */
  reported: boolean;
  /** When the region counts against MaxItems (region-turns.ts); a retired region counts no more. */
  turn?: RegionTurn;
}

/** Per region: where to resume (null when complete), items taken, and whether it failed. */
export interface EntryState {
  pos: RowPosition | null;
  taken: number;
  failed?: true;
}

export interface Batch {
  rows: Row[];
  scanned: number;
  pages: number;
  regionErrors: RegionError[];
}

export interface BatchLimits {
  /** Rows wanted. */
  target: number;
  /** Pages a batch may scan before it returns with fewer rows (a filter rarely matching). */
  pageBudget: number;
  onProgress?(progress: { pages: number; scanned: number; matched: number }): void;
}

const toApiError = (error: unknown): ApiError =>
  error instanceof ApiFailure
    ? error.apiError
    : {
        code: 'INTERNAL',
        message: error instanceof Error ? error.message : String(error),
        retryable: false,
      };

/**
 * The rows of one or many regions as one stream, in a fixed order: region after region in the
 * order of `entries` (an all-regions view lists them by name, aws/regions.ts), each region's rows
 * in its own order. Regions are still listed concurrently: while the first unfinished region is
 * read, the next `concurrency - 1` fetch their next page (at most one page of rows plus the
 * prefetched pages each, so what is held stays bounded). A failing region becomes a region error
 * when `fanOut` is set and fails the listing otherwise; it is reported in its turn, after the rows
 * it gave, so that the rows before a failure do not depend on timing either.
 */
export class MergedListing {
  constructor(
    readonly entries: ListingEntry[],
    readonly plan: RowPlan,
    private readonly fanOut: boolean,
    private readonly concurrency: number,
  ) {}

  columns(): Column[] {
    return this.plan.columns();
  }

  get complete(): boolean {
    return this.entries.every((e) => !e.listing || e.listing.nextPosition() === null);
  }

  states(): Record<string, EntryState> {
    const out: Record<string, EntryState> = {};
    for (const e of this.entries) {
      const taken = e.listing?.taken ?? 0;
      // A failure not yet reported (the region's turn has not come) is retried from its position.
      const failed = e.error !== null && (e.reported || !e.listing);
      out[e.region ?? ''] = failed
        ? { pos: null, taken, failed: true }
        : { pos: e.listing?.nextPosition() ?? null, taken };
    }
    return out;
  }

  async nextBatch(limits: BatchLimits): Promise<Batch> {
    const rows: Row[] = [];
    const regionErrors: RegionError[] = [];
    const start = this.counts();
    for (;;) {
      this.collectErrors(regionErrors);
      const live = this.entries.filter((e) => e.listing && e.listing.nextPosition() !== null);
      const head = live[0];
      if (rows.length >= limits.target || !head) break;
      if (head.listing!.buffered > 0) {
        rows.push(...head.listing!.take(limits.target - rows.length));
        continue;
      }
      if (head.error) {
        this.retire(head, regionErrors);
        continue;
      }
      if (this.counts().pages - start.pages >= limits.pageBudget) break;
      this.readAhead(live.slice(1, this.concurrency));
      await this.fillEntry(head);
      const now = this.counts();
      limits.onProgress?.({
        pages: now.pages - start.pages,
        scanned: now.scanned - start.scanned,
        matched: rows.length,
      });
    }
    const end = this.counts();
    return {
      rows,
      scanned: end.scanned - start.scanned,
      pages: end.pages - start.pages,
      regionErrors,
    };
  }

  /** Later regions fetch their next page meanwhile; one whose rows wait is left as it is. */
  private readAhead(entries: ListingEntry[]): void {
    for (const e of entries) {
      if (!e.error && e.listing!.buffered === 0 && !e.listing!.isFilling) {
        // A failure is kept on the entry (fanOut) and reported in the region's turn.
        this.fillEntry(e).catch(() => undefined);
      }
    }
  }

  private fillEntry(entry: ListingEntry): Promise<void> {
    return entry.listing!.fill().catch((error: unknown) => {
      if (!this.fanOut) throw error;
      entry.error ??= toApiError(error);
    });
  }

  /** Regions that never started (not enabled) are reported at once. */
  private collectErrors(into: RegionError[]): void {
    for (const e of this.entries) if (e.error && !e.listing && !e.reported) this.retire(e, into);
  }

  private retire(entry: ListingEntry, into: RegionError[]): void {
    into.push({ region: entry.region ?? '', error: entry.error! });
    entry.reported = true;
    entry.turn?.end();
    this.retiredPages += entry.listing?.pages ?? 0;
    this.retiredScanned += entry.listing?.scanned ?? 0;
    entry.listing = null;
  }

  private retiredPages = 0;
  private retiredScanned = 0;

  private counts(): { pages: number; scanned: number } {
    let pages = 0;
    let scanned = 0;
    for (const e of this.entries) {
      pages += e.listing?.pages ?? 0;
      scanned += e.listing?.scanned ?? 0;
    }
    return { pages: pages + this.retiredPages, scanned: scanned + this.retiredScanned };
  }
}
