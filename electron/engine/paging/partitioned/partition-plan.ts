import { compareKeys } from './key-order';
import type { OpenListing } from './list-request';
import { PartitionReader } from './partition-reader';
import type { Splits } from './split-points';

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
 * Split points that discovery left for later are fetched before a partition would reach into the
 * open-ended last range.
 */
export class PartitionPlan {
  private readonly lows: Array<string | null>;
  private readonly highs: Array<string | null>;
  private next = 0;
  private readonly seen = { keys: 0, ranges: 0 };
  private more: Splits['more'];

  constructor(
    private readonly o: PlanOptions,
    splits: Splits,
  ) {
    this.lows = [o.startAfter];
    this.highs = [null];
    this.more = splits.more;
    this.append(splits.points);
  }

  get done(): boolean {
    return this.next >= this.lows.length;
  }

  /** The next partition; call only while not done. */
  async take(): Promise<Partition> {
    const { o } = this;
    const perRange = this.seen.ranges > 0 ? this.seen.keys / this.seen.ranges : 0;
    const target = Math.max(1, o.ahead - 1) * o.requestSize;
    const join = perRange > 0 ? Math.max(1, Math.floor(target / perRange)) : 1;
    while (this.more && this.next + join >= this.lows.length) {
      const more = await this.more();
      this.more = more.more;
      this.append(more.points);
    }
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

  /** Split the open-ended last range at points after it (those before a resume are dropped). */
  private append(points: string[]): void {
    const after = this.highs.length > 1 ? this.highs[this.highs.length - 2]! : this.o.startAfter;
    const fresh = after === null ? points : points.filter((p) => compareKeys(p, after) > 0);
    if (fresh.length === 0) return;
    this.highs.pop();
    this.highs.push(...fresh, null);
    this.lows.push(...fresh);
  }

  /** A partition was read to its end: what it held sizes the next ones. */
  finished(partition: Partition): void {
    this.seen.keys += partition.reader.keys;
    this.seen.ranges += partition.ranges;
  }
}
