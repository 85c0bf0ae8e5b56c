import type { PageSource } from '../page-source';
import type { EventPosition, LogEvent } from './event-after-token';
import { readTimeSlices, type TimeSliceReading } from './read-time-slices';
import { eventsAfter, sliceEvents } from './slice-events';
import type { TimeRange } from './time-slices';

export interface TimeSlicedOptions extends Omit<TimeSliceReading<LogEvent[]>, 'read'> {
  /** A page source for FilterLogEvents over one time slice (the engine's: retries, errors). */
  open(slice: TimeRange): PageSource;
  /** The listing's own time range (startTime and endTime, or the whole of time). */
  range: TimeRange;
  /** Resume: list only the events after this one. */
  after: EventPosition | null;
}

/**
 * Every event of a FilterLogEvents listing in the service's order, listed as several time
 * slices at once (read-time-slices.ts): FilterLogEvents orders events by timestamp first, and
 * its pages come one after another (each needs the last nextToken), so slices of time are what
 * can be asked for in parallel.
 */
export const timeSlicedEvents = (o: TimeSlicedOptions): AsyncGenerator<LogEvent[]> => {
  const { open, after, ...reading } = o;
  return readTimeSlices({
    ...reading,
    range: after ? { from: Math.max(o.range.from, after.timestamp), to: o.range.to } : o.range,
    read: (slice, first, signal) => {
      const events = sliceEvents(open(slice), signal);
      // Only the first slice starts at the position's millisecond.
      return first && after ? eventsAfter(events, after) : events;
    },
  });
};
