import { linkedAbort } from '../linked-abort';
import type { PageSource } from '../page-source';
import { ReadAhead } from '../read-ahead';
import type { EventPosition, LogEvent } from './event-after-token';
import { eventsAfter, sliceEvents } from './slice-events';
import { timeSlices, type TimeRange } from './time-slices';

/**
 * A wait for a page longer than this is the network's: a nearby service (the local endpoint)
 * makes and sends a megabyte page in a few milliseconds, CloudWatch Logs in a hundred or more.
 */
const SLOW_WAIT_MS = 25;

export interface TimeSlicedOptions {
  /** A page source for FilterLogEvents over one time slice (the engine's: retries, errors). */
  open(slice: TimeRange): PageSource;
  /** When the events likely happened (event-time-span.ts); asked only when slicing. */
  span(signal: AbortSignal): Promise<TimeRange | null>;
  /** The listing's own time range (startTime and endTime, or the whole of time). */
  range: TimeRange;
  /** Resume: list only the events after this one. */
  after: EventPosition | null;
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
 * Every event of a FilterLogEvents listing in the service's order, listed as several time
 * slices at once: FilterLogEvents orders events by timestamp first, and its pages come one after
 * another (each needs the last nextToken), so slices of time are what can be asked for in
 * parallel. A window of up to `concurrency` slices in time order is read, the earliest always
 * first, none more than `ahead` pages ahead. Aborting `signal`, or leaving the loop, stops every
 * slice.
 */
export async function* timeSlicedEvents(o: TimeSlicedOptions): AsyncGenerator<LogEvent[]> {
  const { signal, dispose } = linkedAbort(o.signal);
  try {
    const range = o.after
      ? { from: Math.max(o.range.from, o.after.timestamp), to: o.range.to }
      : o.range;
    const span = o.slices > 1 && range.from <= range.to ? await o.span(signal) : null;
    const pending = timeSlices(range, span, o.slices);
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
    const read = (slice: TimeRange) => {
      const events = sliceEvents(o.open(slice), signal);
      // Only the first slice starts at the position's millisecond.
      const after = started++ === 0 ? o.after : null;
      return new ReadAhead(after ? eventsAfter(events, after) : events, depth, signal);
    };
    const window: ReadAhead<LogEvent[]>[] = [];
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
      const events = await head.next();
      if (given && waited > 0 && performance.now() - waited > slowWait) reachFurther();
      if (events) {
        given = true;
        yield events;
        continue;
      }
      window.shift();
      fill();
    }
  } finally {
    dispose();
  }
}
