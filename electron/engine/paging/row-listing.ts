import type { Row } from '../../../shared/contract';
import type { CompiledFilter } from '../filter/compile-filter';
import type { RowPlan } from '../filter/row-plan';
import type { ResourceDescriptor } from '../resources/resource';
import type { Chunk } from './chunk-stream';
import type { PageAt } from './page-model';
import type { Prefetcher } from './prefetcher';
import type { BotoToken } from './resume-token';

/** A position between two rows: page, rows of its results already given, items taken before it. */
export interface RowPosition {
  at: PageAt;
  skip: number;
  taken: number;
}

export interface RowListingOptions {
  resource: ResourceDescriptor;
  chunks: Prefetcher<Chunk>;
  filter: CompiledFilter | null;
  plan: RowPlan;
  region: string | null;
  start: RowPosition;
}

/**
 * One region's rows: pulls pages, turns them into rows through the filter and the plan, and
 * knows at every moment the exact position of the next row, so any batch can end anywhere.
 * A page's results become rows only as batches take them: rows made for a whole page at once
 * (ten thousand log events) outlive several young-generation collections, each of which copies
 * them, and that copying was the largest part of a long listing's garbage collection.
 */
export class RowListing {
  pages = 0;
  scanned = 0;
  finished = false;
  stoppedAt: BotoToken | null = null;
  private chunk: Chunk | null = null;
  private results: readonly unknown[] = [];
  private offset = 0;
  private position: RowPosition;
  private pendingSkip: number;
  private filling: Promise<void> | null = null;

  constructor(private readonly o: RowListingOptions) {
    this.position = o.start;
    this.pendingSkip = o.start.skip;
  }

  get buffered(): number {
    return this.results.length - this.offset;
  }

  /** Pull the next page into the buffer (or learn that the listing ended). Idempotent while running. */
  fill(): Promise<void> {
    this.filling ??= this.pull().finally(() => (this.filling = null));
    return this.filling;
  }

  get isFilling(): boolean {
    return this.filling !== null;
  }

  take(max: number): Row[] {
    const end = Math.min(this.results.length, this.offset + max);
    const out = this.o.plan.toRows(this.results, this.o.region, this.offset, end);
    this.offset = end;
    this.updatePosition();
    return out;
  }

  /** Primary results (what MaxItems counts) behind the next row. */
  get taken(): number {
    return this.nextPosition()?.taken ?? this.chunk?.takenAfter ?? this.o.start.taken;
  }

  /** Where the next row comes from; null when the listing is complete. */
  nextPosition(): RowPosition | null {
    return this.finished && this.buffered === 0 ? null : this.position;
  }

  private async pull(): Promise<void> {
    const result = await this.o.chunks.next();
    if (result.done) {
      this.finished = true;
      return;
    }
    const chunk = result.value;
    const items = this.o.resource.items(chunk.page);
    const results = !this.o.filter
      ? items
      : this.o.filter.run(this.o.filter.mode === 'item' ? items : chunk.page);
    if (chunk.fetched) this.pages += 1;
    this.scanned += items.length;
    this.chunk = chunk;
    this.results = results;
    this.o.plan.learn(results);
    this.offset = Math.min(this.pendingSkip, results.length);
    this.pendingSkip = 0;
    if (!chunk.next) {
      this.finished = true;
      this.stoppedAt = chunk.stoppedAt;
    }
    this.updatePosition();
  }

  private updatePosition(): void {
    const chunk = this.chunk;
    if (!chunk) return;
    if (this.offset < this.results.length) {
      this.position = { at: chunk.at, skip: this.offset, taken: chunk.takenAfter - chunk.units };
    } else if (chunk.next) {
      this.position = { at: chunk.next, skip: 0, taken: chunk.takenAfter };
    }
  }
}
