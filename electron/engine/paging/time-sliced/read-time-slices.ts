import { linkedAbort } from '../linked-abort';
import { ReadAhead } from '../read-ahead';
import { timeSlices, type TimeRange } from './time-slices';

/**
 * A wait for a page longer than this is the network's: a nearby service (the local endpoint)
 * makes and sends a megabyte page in a few milliseconds, CloudWatch Logs in a hundred or more.
 */
const SLOW_WAIT_MS = 25;

export interface TimeSliceReading<T> {
  /** One slice's pages (or what is made of them), in order; `first` is the earliest slice. */
  read(slice: TimeRange, first: boolean, signal: AbortSignal): AsyncIterator<T>;
  /** When the events likely happened (event-time-span.ts); asked only when slicing. */
  span(signal: AbortSignal): Promise<TimeRange | null>;
  /** The time range to cut. */
  range: TimeRange;
  /** Slices the range is cut into. */
  slices: number;
  /** Slices listed at once at most. */
  concurrency: number;
  /** Pages a slice may fetch before they are taken, once the listing waits on the network. */
  ahead: number;
  /** A wait for a page longer than this widens the listing (SLOW_WAIT_MS by default). */
  slowWaitMs?: number;
  signal: AbortSignal;
}

/**
 * What the time slices of a range give, slice after slice in time order, read several at once:
 * a window of up to `concurrency` slices is read, the earliest always first, none more than
 * `ahead` pages ahead. Aborting `signal`, or leaving the loop, stops every slice.
 */
export async function* readTimeSlices<T>(o: TimeSliceReading<T>): AsyncGenerator<T> {
  const { signal, dispose } = linkedAbort(o.signal);
  try {
    const span = o.slices > 1 && o.range.from <= o.range.to ? await o.span(signal) : null;
    const pending = timeSlices(o.range, span, o.slices);
    let started = 0;
    // How far the listing reaches: one slice, one page ahead, and one more of each (up to
    // `concurrency` and `ahead`) every time a page took long to arrive (SLOW_WAIT_MS). A reader
    // that a nearby service keeps up with holds one page beyond its own, as a sequential listing
    // does (every page held longer is copied by each young-generation collection); one that
    // waits on a distant service soon has every slice asking, each far enough ahead that the
    // slices after the first are mostly read by the time they are reached.
    let width = 1;
    let depth = 1;
    const slowWait = o.slowWaitMs ?? SLOW_WAIT_MS;
    const read = (slice: TimeRange) =>
      new ReadAhead(o.read(slice, started++ === 0, signal), depth, signal);
    const window: ReadAhead<T>[] = [];
    const fill = () => {
      while (window.length < width && pending.length > 0) window.push(read(pending.shift()!));
    };
    const reachFurther = () => {
      width = Math.min(o.concurrency, width + 1);
      depth = Math.min(o.ahead, depth + 1);
      for (const slice of window) slice.aheadAtMost(depth);
      fill();
    };
    fill();
    // The first page is waited for whatever the network: only later waits widen the listing.
    let given = false;
    while (window.length > 0) {
      signal.throwIfAborted();
      const head = window[0]!;
      const waited = head.ready ? 0 : performance.now();
      const value = await head.next();
      if (given && waited > 0 && performance.now() - waited > slowWait) reachFurther();
      if (value !== null) {
        given = true;
        yield value;
        continue;
      }
      window.shift();
      fill();
    }
  } finally {
    dispose();
  }
}
