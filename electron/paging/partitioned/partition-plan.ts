import { compareKeys } from './key-order';
import type { OpenListing } from './list-request';
import { PartitionReader } from './partition-reader';

export interface PlanOptions {
  open: OpenListing;
  prefix: string;
  startAfter: string | null;
  ahead: number;
  requestSize: number;
  signal: AbortSignal;
}

export interface Partition {
  reader: PartitionReader;
  /** Ranges it joins. */
  ranges: number;
}

/**
 * The key ranges of a listing, turned into partitions in order. Range i holds the keys in
 * (lows[i], highs[i]]: lows are the start and the split points, highs the split points and the
 * end. Until a partition has finished, each partition takes one range; after that, as many
 * neighbouring ranges as should fill (ahead - 1) requests, judged by the keys per range so far.
 */
export class PartitionPlan {
  private readonly lows: Array<string | null>;
  private readonly highs: Array<string | null>;
  private next = 0;
  private readonly seen = { keys: 0, ranges: 0 };

  constructor(
    private readonly o: PlanOptions,
    splits: string[],
  ) {
    const after = o.startAfter;
    const bounds = after === null ? splits : splits.filter((s) => compareKeys(s, after) > 0);
    this.lows = [after, ...bounds];
    this.highs = [...bounds, null];
  }

  get done(): boolean {
    return this.next >= this.lows.length;
  }

  /** The next partition; call only while not done. */
  take(): Partition {
    const { o } = this;
    const perRange = this.seen.ranges > 0 ? this.seen.keys / this.seen.ranges : 0;
    const target = Math.max(1, o.ahead - 1) * o.requestSize;
    const join = perRange > 0 ? Math.max(1, Math.floor(target / perRange)) : 1;
    const first = this.next;
    const last = Math.min(this.lows.length, first + join) - 1;
    this.next = last + 1;
    const low = this.lows[first] ?? null;
    const from = low !== null ? { startAfter: low } : {};
    const reader = new PartitionReader(
      (maxKeys) => o.open({ prefix: o.prefix, ...from, maxKeys }),
      o.requestSize,
      perRange > 0 ? perRange * (last - first + 1) : null,
      this.highs[last] ?? null,
      o.ahead,
      o.signal,
    );
    return { reader, ranges: last - first + 1 };
  }

  /** A partition was read to its end: what it held sizes the next ones. */
  finished(partition: Partition): void {
    this.seen.keys += partition.reader.keys;
    this.seen.ranges += partition.ranges;
  }
}
