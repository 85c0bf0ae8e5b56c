import { eventTimestamp, firstEventAtOrAfter, logEvent } from '../data/log-events';
import type { DemoLogGroup, DemoLogStream } from '../data/log-groups';
import { AwsError } from '../http/aws-error';
import type { JsonInput } from '../json/json-input';
import { decodePageToken, encodePageToken } from '../json/page-token';
import { invalidNextToken } from './describe-log-groups';
import { compileFilterPattern } from './filter-pattern';
import { Utf8Chunk } from '../../../shared/text/utf8-chunk';

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
  stream: DemoLogStream;
  /** The start of each of its events' JSON, up to the timestamp. */
  prefix: string;
  index: number;
  next: number;
  time: number;
}

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

/**
 * https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilterLogEvents.html
 * The group's events (or those of `logStreamNames` / `logStreamNamePrefix`) interleaved by time,
 * `startTime`..`endTime` inclusive, kept by `filterPattern` (filter-pattern.ts); at most `limit`
 * (1..10000, default 10000) and 1 MB a page. Events are computed, never stored: each stream starts
 * at a binary search for the token's position, so a page of a million-event stream costs its page.
 * The answer is the JSON body itself, written as UTF-8 event by event as the events are read.
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
  const heads: Head[] = [];
  for (const index of selectedStreams(input, g)) {
    const stream = g.streams[index]!;
    const from = after ? (index > after.s ? after.t : after.t + 1) : 0;
    const next = firstEventAtOrAfter(stream, Math.max(startTime, from));
    if (next < stream.events) {
      const prefix = `{"logStreamName":${JSON.stringify(stream.name)},"timestamp":`;
      heads.push({ stream, prefix, index, next, time: eventTimestamp(stream, next) });
    }
  }
  const live = (h: Head) => h.next < h.stream.events && h.time <= endTime;
  // Each event's JSON is written once, and measured as written: a page is up to 1 MB of them.
  const body = new Utf8Chunk(MAX_RESPONSE_BYTES + 4096);
  body.append('{"events":[');
  let count = 0;
  let bytes = 0;
  let scanned = 0;
  let last: Position | null = null;
  for (;;) {
    let head: Head | null = null;
    for (const h of heads) if (live(h) && (!head || h.time < head.time)) head = h;
    if (!head || count >= limit || scanned >= SCAN_BUDGET) break;
    const e = logEvent(head.stream, head.next);
    if (matches(e.message)) {
      const event =
        `${head.prefix}${e.timestamp},"message":${JSON.stringify(e.message)},` +
        `"ingestionTime":${e.ingestionTime},"eventId":"${e.eventId}"}`;
      if (bytes + event.length + 1 > MAX_RESPONSE_BYTES && count > 0) break;
      body.append(count === 0 ? event : `,${event}`);
      count += 1;
      bytes += event.length + 1;
    }
    scanned += 1;
    last = { t: e.timestamp, s: head.index };
    head.next += 1;
    if (head.next < head.stream.events) head.time = eventTimestamp(head.stream, head.next);
  }
  const more = heads.some(live);
  const next = more && last ? `,"nextToken":"${encodePageToken(scope, last)}"` : '';
  body.append(`],"searchedLogStreams":[]${next}}`);
  return body.bytes();
};
