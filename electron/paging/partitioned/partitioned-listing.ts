import { setMaxListeners } from 'node:events';
import { compareKeys } from './key-order';
import type { OpenListing, S3Item } from './list-request';
import { PartitionReader } from './partition-reader';
import { findSplitPoints } from './split-points';

export interface PartitionedOptions {
  open: OpenListing;
  prefix: string;
  /** Resume: list only keys after this one (S3's StartAfter). */
  startAfter: string | null;
  /** Partitions listed at once. */
  concurrency: number;
  /** Pages a partition may fetch before they are taken. */
  ahead: number;
  /** Keys per request (S3 answers at most 1000). */
  requestSize: number;
  signal: AbortSignal;
}

/** Keys a partition should hold so that it can be fetched whole within its look-ahead. */
const partitionTarget = (o: PartitionedOptions) => Math.max(1, o.ahead - 1) * o.requestSize;

/**
 * Every object under a prefix in S3's key order, listed as many key ranges at once. Ranges are
 * cut at folders found by a short discovery, then taken in order by a window of `concurrency`
 * partitions; once the first partitions tell how many keys a range holds, later partitions join
 * neighbouring ranges so that each one still fits its look-ahead. Pages come out strictly in key
 * order: the earliest partition is always read first, and no partition runs more than `ahead`
 * pages ahead, so at most concurrency × ahead pages are buffered.
 */
export async function* partitionedObjects(o: PartitionedOptions): AsyncGenerator<S3Item[]> {
  o.signal.throwIfAborted();
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const abort = () => controller.abort(o.signal.reason);
  o.signal.addEventListener('abort', abort);
  try {
    const signal = controller.signal;
    const splits =
      o.concurrency > 1
        ? await findSplitPoints({ ...o, signal, target: 4 * o.concurrency, maxLevels: 6 })
        : [];
    const after = o.startAfter;
    const bounds = after === null ? splits : splits.filter((s) => compareKeys(s, after) > 0);
    // Range i holds keys in (lows[i], highs[i]]: lows are [startAfter, ...bounds], highs
    // [...bounds, end of listing].
    const lows = [after, ...bounds];
    const highs = [...bounds, null];
    const seen = { keys: 0, ranges: 0 };
    const window: Array<{ reader: PartitionReader; ranges: number }> = [];
    let next = 0;
    const fill = () => {
      while (window.length < o.concurrency && next < lows.length) {
        const perRange = seen.ranges > 0 ? seen.keys / seen.ranges : 0;
        const join = perRange > 0 ? Math.max(1, Math.floor(partitionTarget(o) / perRange)) : 1;
        const last = Math.min(lows.length, next + join) - 1;
        const low = lows[next] ?? null;
        const source = o.open({ prefix: o.prefix, ...(low !== null ? { startAfter: low } : {}) });
        const reader = new PartitionReader(source, highs[last] ?? null, o.ahead, signal);
        window.push({ reader, ranges: last - next + 1 });
        next = last + 1;
      }
    };
    for (fill(); window.length > 0;) {
      const head = window[0]!;
      const page = await head.reader.next();
      if (page) {
        yield page;
        continue;
      }
      window.shift();
      seen.keys += head.reader.keys;
      seen.ranges += head.ranges;
      fill();
    }
  } finally {
    controller.abort();
    o.signal.removeEventListener('abort', abort);
  }
}
