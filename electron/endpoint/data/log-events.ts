import type { DemoLogStream } from './log-groups';
import { between, hash32, hex } from './hash';

export interface DemoLogEvent {
  timestamp: number;
  ingestionTime: number;
  message: string;
  eventId: string;
}

const LEVELS = ['INFO', 'INFO', 'INFO', 'INFO', 'INFO', 'INFO', 'DEBUG', 'WARN', 'WARN', 'ERROR'];
const PATHS = ['/api/orders', '/api/payments', '/api/users', '/health'];

const text = (level: string, seed: number, i: number): string => {
  const n = between(seed, 21, i, 1, 99_999);
  const ms = between(seed, 22, i, 1, 4_000);
  const path = PATHS[hash32(seed, 23, i) % PATHS.length]!;
  const variant = hash32(seed, 24, i) % 3;
  switch (level) {
    case 'ERROR':
      return [
        `timeout calling payments-service after ${ms}ms`,
        `Internal Server Error on GET ${path}/${n}`,
        `NullPointerException in OrderHandler line ${n % 900}`,
      ][variant]!;
    case 'WARN':
      return [
        `slow query on orders took ${ms}ms`,
        `retrying request to payments-service (attempt ${(n % 3) + 2})`,
        `cache miss for key order:${n}`,
      ][variant]!;
    case 'DEBUG':
      return `cache hit for key order:${n}`;
    default:
      return [`GET ${path}/${n} 200 ${ms}ms`, `POST ${path} 201 ${ms}ms`, `user u-${n} signed in`][
        variant
      ]!;
  }
};

/** Event i's timestamp: strictly increasing in i (the jitter stays below the step). */
export const eventTimestamp = (stream: DemoLogStream, i: number): number =>
  stream.firstTimestamp + i * stream.stepMs + (hash32(stream.seed, 20, i) % stream.stepMs);

/** Event i of a stream, computed from the stream's seed and i alone. */
export const logEvent = (stream: DemoLogStream, i: number): DemoLogEvent => {
  const timestamp = eventTimestamp(stream, i);
  const level = LEVELS[hash32(stream.seed, 25, i) % LEVELS.length]!;
  return {
    timestamp,
    ingestionTime: timestamp + between(stream.seed, 26, i, 50, 1_500),
    message: `${level} [req-${hex(stream.seed, 27, i, 8)}] ${text(level, stream.seed, i)}`,
    // 56 digits, as CloudWatch Logs' event ids: unique per stream and event.
    eventId: `${String(timestamp).padStart(20, '0')}${String(stream.seed).padStart(12, '0')}${String(i).padStart(24, '0')}`,
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
