import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { ViewParams } from '../../../../shared/contract';
import { createPageSource, type PageSource, type PageSourceOptions } from '../page-source';
import { createRepagedSource } from '../repaged-source';
import {
  decodeEventAfterToken,
  encodeEventAfterToken,
  isEventAfterToken,
  positionOf,
  type LogEvent,
} from './event-after-token';
import { eventTimeSpan } from './event-time-span';
import { timeSlicedEvents } from './time-sliced-events';
import type { TimeRange } from './time-slices';

/**
 * Slices listed at once at most, whatever `parallel` asks: FilterLogEvents has a low
 * per-account request quota, so more would mostly be throttled and retried.
 */
export const SLICES_AT_ONCE = 4;
/** Slices per slice listed at once, so that a slice with few events does not leave a gap. */
export const SLICES_PER_WINDOW = 4;
/** Pages a slice may fetch ahead once the listing waits on the network (read-time-slices.ts). */
export const SLICE_AHEAD = 8;
/**
 * Events per page handed to the engine, which holds a page until its last row is written: pages
 * smaller than the service's keep fewer parsed events alive across garbage collections (each
 * young-generation collection copies every live object).
 */
const ENGINE_PAGE = 1_000;

export interface LogEventsSourceOptions extends PageSourceOptions {
  plain: PageSource;
  /** Slices at once for a listing from the start; null keeps it sequential. */
  parallel: number | null;
}

/** A time parameter as FilterLogEvents takes it, or null for one the service should judge. */
const millis = (value: string | undefined, absent: number): number | null => {
  if (value === undefined) return absent;
  const n = Number(value);
  return /^\d+$/.test(value) && Number.isSafeInteger(n) ? n : null;
};

/**
 * A listing's time range (its startTime and endTime, or the whole of time), or null when one of
 * them is no millisecond count: the service then answers for it, unsliced.
 */
export const timeRangeOf = (params: ViewParams): TimeRange | null => {
  const from = millis(params.startTime, 0);
  const to = millis(params.endTime, Number.MAX_SAFE_INTEGER);
  return from === null || to === null ? null : { from, to };
};

/**
 * The page source of a FilterLogEvents listing: one that lists time slices at once when asked
 * to (time-sliced-events.ts) and always understands its own resume tokens, handing the engine
 * pages of `pageSize` events whose nextToken is the last event's position.
 */
export const logEventsSource = (o: LogEventsSourceOptions): PageSource => {
  const { plain, parallel, ...options } = o;
  const range = timeRangeOf(o.params);
  if (range === null) return plain;
  const concurrency = Math.min(parallel ?? 1, SLICES_AT_ONCE);
  return createRepagedSource<LogEvent>({
    tokenName: 'nextToken',
    tokens: {
      isOurs: isEventAfterToken,
      valid: (token) => decodeEventAfterToken(token) !== null,
      after: (event) => encodeEventAfterToken(positionOf(event)),
    },
    pageSize: Math.min(o.pageSize, ENGINE_PAGE),
    parallel: parallel !== null,
    plain,
    open: (token, signal) =>
      timeSlicedEvents({
        open: (slice) =>
          createPageSource({
            ...options,
            extraInput: { ...options.extraInput, startTime: slice.from, endTime: slice.to },
          }),
        span: (s) => eventTimeSpan(o.client as CloudWatchLogsClient, o.params, s),
        range,
        after: token === null ? null : decodeEventAfterToken(token),
        slices: concurrency * SLICES_PER_WINDOW,
        concurrency,
        ahead: SLICE_AHEAD,
        signal,
      }),
    page: (events, _token, next) => ({
      events,
      searchedLogStreams: [],
      ...(next === null ? {} : { nextToken: next }),
    }),
  });
};
