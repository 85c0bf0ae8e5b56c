import { JsonBytes } from '../json/json-bytes';
import type { DemoLogStream } from './log-groups';
import { hash32, hashAt, hashKey, inRange } from './hash';
import { messageKeys, writeMessage, type MessageKeys } from './log-messages';

export interface DemoLogEvent {
  timestamp: number;
  ingestionTime: number;
  message: string;
  eventId: string;
}

/** What a stream's events are computed from, derived once per stream instead of once per event. */
export interface EventSource {
  stream: DemoLogStream;
  jitter: number;
  ingestion: number;
  message: MessageKeys;
  /** The stream's part of its events' ids. */
  idDigits: Uint8Array;
}

export const eventSource = (stream: DemoLogStream): EventSource => ({
  stream,
  jitter: hashKey(stream.seed, 20),
  ingestion: hashKey(stream.seed, 26),
  message: messageKeys(stream.seed),
  idDigits: Buffer.from(String(stream.seed).padStart(12, '0'), 'latin1'),
});

const timestampOf = (stream: DemoLogStream, i: number, jitter: number): number =>
  stream.firstTimestamp + i * stream.stepMs + (jitter % stream.stepMs);

/** Event i's timestamp: strictly increasing in i (the jitter stays below the step). */
export const eventTimestamp = (stream: DemoLogStream, i: number): number =>
  timestampOf(stream, i, hash32(stream.seed, 20, i));

/** eventTimestamp(source.stream, i). */
export const sourceTimestamp = (source: EventSource, i: number): number =>
  timestampOf(source.stream, i, hashAt(source.jitter, i));

export const ingestionTime = (source: EventSource, i: number, timestamp: number): number =>
  timestamp + inRange(hashAt(source.ingestion, i), 50, 1_500);

/** Event i's id: 56 digits, as CloudWatch Logs' event ids, unique per stream and event. */
export const writeEventId = (out: JsonBytes, source: EventSource, i: number, timestamp: number) => {
  out.zeroPadded(timestamp, 20);
  out.raw(source.idDigits);
  out.zeroPadded(i, 24);
};

/** Event i of a stream, computed from the stream's seed and i alone. */
export const logEvent = (stream: DemoLogStream, i: number): DemoLogEvent => {
  const source = eventSource(stream);
  const timestamp = sourceTimestamp(source, i);
  const out = new JsonBytes(256);
  writeMessage(out, source.message, i);
  const messageEnd = out.length;
  writeEventId(out, source, i, timestamp);
  return {
    timestamp,
    ingestionTime: ingestionTime(source, i, timestamp),
    message: out.ascii(0, messageEnd),
    eventId: out.ascii(messageEnd, out.length),
  };
};

/** The index of the first event at or after `time` (events.length when none). */
export const firstEventAtOrAfter = (stream: DemoLogStream, time: number): number => {
  let lo = 0;
  let hi = stream.events;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (eventTimestamp(stream, mid) < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};
