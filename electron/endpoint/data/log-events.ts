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

// Only the chosen line is built: a million-event stream formats one message an event.
const text = (level: string, seed: number, i: number): string => {
  const n = between(seed, 21, i, 1, 99_999);
  const ms = between(seed, 22, i, 1, 4_000);
  const variant = hash32(seed, 24, i) % 3;
  switch (level) {
    case 'ERROR':
      if (variant === 0) return `timeout calling payments-service after ${ms}ms`;
      if (variant === 1)
        return `Internal Server Error on GET ${PATHS[hash32(seed, 23, i) % 4]}/${n}`;
      return `NullPointerException in OrderHandler line ${n % 900}`;
    case 'WARN':
      if (variant === 0) return `slow query on orders took ${ms}ms`;
      if (variant === 1) return `retrying request to payments-service (attempt ${(n % 3) + 2})`;
      return `cache miss for key order:${n}`;
    case 'DEBUG':
      return `cache hit for key order:${n}`;
    default:
      if (variant === 0) return `GET ${PATHS[hash32(seed, 23, i) % 4]}/${n} 200 ${ms}ms`;
      if (variant === 1) return `POST ${PATHS[hash32(seed, 23, i) % 4]} 201 ${ms}ms`;
      return `user u-${n} signed in`;
  }
};

const ZEROS = '0'.repeat(24);
const streamDigits = (stream: DemoLogStream): string => String(stream.seed).padStart(12, '0');

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
    eventId: `${ZEROS.slice(0, 20 - String(timestamp).length)}${timestamp}${streamDigits(stream)}${ZEROS.slice(0, 24 - String(i).length)}${i}`,
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
