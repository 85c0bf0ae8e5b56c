import {
  eventSource,
  firstEventAtOrAfter,
  ingestionTime,
  sourceTimestamp,
  writeEventId,
  type EventSource,
} from '../data/log-events';
import { writeMessage } from '../data/log-messages';
import type { DemoLogGroup } from '../data/log-groups';
import { AwsError } from '../http/aws-error';
import type { JsonInput } from '../json/json-input';
import { JsonBytes } from '../json/json-bytes';
import { decodePageToken, encodePageToken } from '../json/page-token';
import { invalidNextToken } from './describe-log-groups';
import { compileFilterPattern, MATCH_ALL, type EventMatcher } from './filter-pattern';

/** "returns the results up to 1 MB (or up to 10,000 log events)" per call. */
const MAX_RESPONSE_BYTES = 1_048_576;
/**
 * Events examined per call: a pattern that rarely matches gets pages with few (or no) events and
 * a nextToken, as the API documents ("can return empty results while there are more log events
 * available through the token"), instead of one request that reads a whole stream.
 */
const SCAN_BUDGET = 250_000;

/** Events are ordered by (timestamp, stream index); a token holds the last one examined. */
interface Position {
  t: number;
  s: number;
}

interface Head {
  source: EventSource;
  /** The start of each of its events' JSON, up to the timestamp. */
  prefix: Uint8Array;
  /** The prefix's UTF-8 bytes beyond its UTF-16 length (non-zero for a non-ASCII name). */
  prefixExtra: number;
  index: number;
  next: number;
  time: number;
}

const EVENTS_START = Buffer.from('{"events":[');
const COMMA = Buffer.from(',');
const MESSAGE = Buffer.from(',"message":"');
const INGESTION_TIME = Buffer.from('","ingestionTime":');
const EVENT_ID = Buffer.from(',"eventId":"');
const EVENT_END = Buffer.from('"}');

/**
 * Writes the head's event, or only its start when the pattern drops its message; says whether it
 * was kept. The message is read back as a string only for a pattern that needs it.
 */
const writeEvent = (out: JsonBytes, head: Head, matches: EventMatcher): boolean => {
  const { source, next, time } = head;
  out.raw(head.prefix);
  out.integer(time);
  out.raw(MESSAGE);
  const messageStart = out.length;
  writeMessage(out, source.message, next);
  if (matches !== MATCH_ALL && !matches(out.ascii(messageStart, out.length))) return false;
  out.raw(INGESTION_TIME);
  out.integer(ingestionTime(source, next, time));
  out.raw(EVENT_ID);
  writeEventId(out, source, next, time);
  out.raw(EVENT_END);
  return true;
};

const selectedStreams = (input: JsonInput, group: DemoLogGroup): number[] => {
  const names = input.stringList('logStreamNames');
  const prefix = input.string('logStreamNamePrefix');
  if (names && prefix !== undefined) {
    throw new AwsError(
      400,
      'InvalidParameterException',
      'logStreamNames and logStreamNamePrefix are mutually exclusive',
    );
  }
  if (names && (names.length < 1 || names.length > 100)) {
    throw input.invalid('logStreamNames', names, 'Member must have length between 1 and 100');
  }
  const picked: number[] = [];
  group.streams.forEach((s, i) => {
    if (names ? names.includes(s.name) : s.name.startsWith(prefix ?? '')) picked.push(i);
  });
  return picked;
};

const positionOf = (token: unknown): Position => {
  const p = token as Partial<Position> | null;
  if (!p || !Number.isSafeInteger(p.t) || !Number.isSafeInteger(p.s)) throw invalidNextToken();
  return p as Position;
};

/** Each selected stream that has events at or after the start and the token's position. */
const headsOf = (input: JsonInput, g: DemoLogGroup, startTime: number, after: Position | null) => {
  const heads: Head[] = [];
  for (const index of selectedStreams(input, g)) {
    const stream = g.streams[index]!;
    const from = after ? (index > after.s ? after.t : after.t + 1) : 0;
    const next = firstEventAtOrAfter(stream, Math.max(startTime, from));
    if (next < stream.events) {
      const prefix = `{"logStreamName":${JSON.stringify(stream.name)},"timestamp":`;
      const bytes = Buffer.from(prefix);
      const source = eventSource(stream);
      const time = sourceTimestamp(source, next);
      heads.push({
        source,
        prefix: bytes,
        prefixExtra: bytes.length - prefix.length,
        index,
        next,
        time,
      });
    }
  }
  return heads;
};

const live = (h: Head, endTime: number): boolean =>
  h.next < h.source.stream.events && h.time <= endTime;

interface PageBounds {
  limit: number;
  endTime: number;
  matches: EventMatcher;
}

/**
 * Writes the heads' events in time order until a bound is reached; returns the position of the
 * last event examined (null when none was).
 */
const writeEvents = (body: JsonBytes, heads: Head[], bounds: PageBounds): Position | null => {
  const { limit, endTime, matches } = bounds;
  let count = 0;
  // The 1 MB bound counts each event's JSON as a string's length (UTF-16 code units), which is
  // where pages and their tokens fall; it differs from the bytes only by a name's non-ASCII.
  let size = 0;
  let scanned = 0;
  let lastTime = 0;
  let lastStream = 0;
  for (;;) {
    let head: Head | null = null;
    for (const h of heads) if (live(h, endTime) && (!head || h.time < head.time)) head = h;
    if (!head || count >= limit || scanned >= SCAN_BUDGET) break;
    // Each event is written once, where it goes, and dropped (the length set back) if it is
    // filtered out or does not fit.
    const mark = body.length;
    if (count > 0) body.raw(COMMA);
    const start = body.length;
    if (writeEvent(body, head, matches)) {
      const length = body.length - start - head.prefixExtra;
      if (size + length + 1 > MAX_RESPONSE_BYTES && count > 0) {
        body.length = mark;
        break;
      }
      count += 1;
      size += length + 1;
    } else {
      body.length = mark;
    }
    scanned += 1;
    lastTime = head.time;
    lastStream = head.index;
    head.next += 1;
    if (head.next < head.source.stream.events) head.time = sourceTimestamp(head.source, head.next);
  }
  return scanned > 0 ? { t: lastTime, s: lastStream } : null;
};

/**
 * https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilterLogEvents.html
 * The group's events (or those of `logStreamNames` / `logStreamNamePrefix`) interleaved by time,
 * `startTime`..`endTime` inclusive, kept by `filterPattern` (filter-pattern.ts); at most `limit`
 * (1..10000, default 10000) and 1 MB a page. Events are computed, never stored: each stream starts
 * at a binary search for the token's position, so a page of a million-event stream costs its page.
 * The answer is the JSON body itself, written as bytes event by event as the events are read.
 */
export const filterLogEvents = (
  input: JsonInput,
  region: string,
  group: (name: string | undefined) => DemoLogGroup,
) => {
  const g = group(input.string('logGroupName') ?? input.string('logGroupIdentifier'));
  const matches = compileFilterPattern(input.string('filterPattern'));
  const limit = input.integer('limit', 1, 10_000) ?? 10_000;
  const startTime = input.integer('startTime', 0, Number.MAX_SAFE_INTEGER) ?? 0;
  const endTime = input.integer('endTime', 0, Number.MAX_SAFE_INTEGER) ?? Number.MAX_SAFE_INTEGER;
  const scope = `${region}/FilterLogEvents/${g.name}`;
  const token = input.string('nextToken');
  const after = token ? positionOf(decodePageToken(scope, token, invalidNextToken)) : null;
  const heads = headsOf(input, g, startTime, after);
  const body = new JsonBytes(MAX_RESPONSE_BYTES + 4096);
  body.raw(EVENTS_START);
  const last = writeEvents(body, heads, { limit, endTime, matches });
  const more = heads.some((h) => live(h, endTime));
  const next = more && last ? `,"nextToken":"${encodePageToken(scope, last)}"` : '';
  body.text(`],"searchedLogStreams":[]${next}}`);
  return body.bytes();
};
