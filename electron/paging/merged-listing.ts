import type { ApiError, Column, RegionError, Row } from '../../shared/contract';
import { ApiFailure } from '../../shared/contract';
import type { RowPlan } from '../filter/row-plan';
import type { RowListing, RowPosition } from './row-listing';

export interface ListingEntry {
  /** null for a single-region (or global) listing. */
  region: string | null;
  listing: RowListing | null;
  error: ApiError | null;
  /** Set once the error went out in a batch's regionErrors. */
  reported: boolean;
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
 * The rows of one or many regions as one stream. Regions are pulled concurrently (at most
 * `concurrency` at a time); each region's rows stay in order; a failing region becomes a
 * region error when `fanOut` is set and fails the listing otherwise.
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
      out[e.region ?? ''] = e.error
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
      if (rows.length >= limits.target || live.length === 0) break;
      const ready = live.find((e) => e.listing!.buffered > 0);
      if (ready) {
        rows.push(...ready.listing!.take(limits.target - rows.length));
        continue;
      }
      if (this.counts().pages - start.pages >= limits.pageBudget) break;
      await Promise.race(live.slice(0, this.concurrency).map((e) => this.fillEntry(e)));
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

  private fillEntry(entry: ListingEntry): Promise<void> {
    return entry.listing!.fill().catch((error: unknown) => {
      if (!this.fanOut) throw error;
      entry.error ??= toApiError(error);
    });
  }

  private collectErrors(into: RegionError[]): void {
    for (const e of this.entries) {
      if (e.error && !e.reported) {
        into.push({ region: e.region ?? '', error: e.error });
        e.reported = true;
        this.retiredPages += e.listing?.pages ?? 0;
        this.retiredScanned += e.listing?.scanned ?? 0;
        e.listing = null;
      }
    }
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
