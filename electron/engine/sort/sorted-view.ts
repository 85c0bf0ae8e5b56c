import type { Column, Row, ViewSpec } from '../../../shared/contract';
import type { ProfileOverrides } from '../aws/resolve-profile';
import { listRows } from '../paging/list-rows';
import { sortListing } from './sort-listing';

/** Rows a sort of a whole listing keeps in memory; past it, sorted runs go to disk. */
export const SORT_MEMORY_ROWS = 100_000;

export interface SortOrder {
  column: string;
  descending: boolean;
}

export interface SortReading {
  /** Rows of the listing read so far. */
  read: number;
  /** Sorted runs written to disk so far (0 while everything fits in memory). */
  runs: number;
}

export interface SortedViewOptions {
  /** Aborts the listing while it is read; the sorted rows, once read, do not need it. */
  signal: AbortSignal;
  overrides?: ProfileOverrides;
  parallel?: number;
}

/**
 * A whole view in one column's order, served in batches: the first batch comes once every row
 * was read (a sort cannot know its first row earlier); later batches are read from the sorted
 * rows or merged from the runs on disk. `close()` removes the runs.
 */
export class SortedView {
  /** Rows given out so far: where the next batch starts. */
  offset = 0;
  done = false;
  private columns: Column[] = [];
  private buffer: Row[] = [];
  private readonly sorted: AsyncGenerator<{ columns: Column[]; rows: Row[] }>;
  /** Told of the reading by the call now pulling from the sort (each call has its own). */
  onReading: ((reading: SortReading) => void) | null = null;

  constructor(spec: ViewSpec, order: SortOrder, o: SortedViewOptions) {
    const rows = listRows(spec, {
      signal: o.signal,
      ...(o.overrides ? { overrides: o.overrides } : {}),
      ...(o.parallel ? { parallel: o.parallel } : {}),
    });
    this.sorted = sortListing(rows, {
      column: order.column,
      descending: order.descending,
      memoryRows: SORT_MEMORY_ROWS,
      onProgress: (reading) => this.onReading?.(reading),
    });
  }

  /** The next `count` rows in order (fewer at the end), and the columns. */
  async next(count: number): Promise<{ columns: Column[]; rows: Row[] }> {
    // One row beyond the batch, so `more` is exact and the last batch carries no cursor.
    while (this.buffer.length <= count && !this.done) {
      const batch = await this.sorted.next();
      if (batch.done) this.done = true;
      else {
        this.columns = batch.value.columns;
        this.buffer.push(...batch.value.rows);
      }
    }
    const rows = this.buffer.splice(0, count);
    this.offset += rows.length;
    return { columns: this.columns, rows };
  }

  /** Whether rows remain after those given out. */
  get more(): boolean {
    return !this.done || this.buffer.length > 0;
  }

  /** Skip rows already given out before (a cursor whose session was evicted). */
  async skip(count: number): Promise<void> {
    while (count > 0 && this.more) count -= (await this.next(Math.min(count, 10_000))).rows.length;
  }

  async close(): Promise<void> {
    await this.sorted.return(undefined);
  }
}
