import { linkedAbort } from '../linked-abort';
import type { OpenListing, S3Item } from './list-request';
import { PartitionPlan, type Partition } from './partition-plan';
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
  /** Entries per discovery request, when not requestSize (tests reach truncated levels). */
  splitRequestSize?: number;
  signal: AbortSignal;
}

/**
 * Every object under a prefix in S3's key order, listed as many key ranges at once. Ranges are
 * cut at folders found by a short discovery (split-points.ts) and read by a window of
 * `concurrency` partitions in key order (partition-plan.ts). Pages come out strictly in key
 * order: the earliest partition is always read first, and none runs more than `ahead` pages
 * ahead, so at most concurrency × ahead pages are held. Aborting `signal`, or leaving the loop,
 * stops every partition.
 */
export async function* partitionedObjects(o: PartitionedOptions): AsyncGenerator<S3Item[]> {
  const { signal, dispose } = linkedAbort(o.signal);
  try {
    const splits =
      o.concurrency > 1
        ? await findSplitPoints({
            ...o,
            signal,
            target: 4 * o.concurrency,
            maxLevels: 6,
            requestSize: o.splitRequestSize ?? o.requestSize,
          })
        : { points: [], more: null };
    const plan = new PartitionPlan({ ...o, signal }, splits);
    const window: Partition[] = [];
    const fill = async () => {
      while (window.length < o.concurrency && !plan.done) window.push(await plan.take());
    };
    for (await fill(); window.length > 0;) {
      const page = await window[0]!.reader.next();
      if (page) {
        yield page;
        continue;
      }
      plan.finished(window.shift()!);
      await fill();
    }
  } finally {
    dispose();
  }
}
