/** Where a log event listing stands: right after the event with this timestamp and id. */
export interface EventPosition {
  timestamp: number;
  eventId: string;
}

/** An event of a FilterLogEvents page (an SDK FilteredLogEvent). */
export type LogEvent = Record<string, unknown>;

/**
 * The continuation token of a time-sliced event listing: the last event it gave. It rides in the
 * nextToken slot of PageScope's usual resume token (botocore's format), but it is PageScope's, not
 * CloudWatch Logs': `pagescope-after-event:` then base64url of [timestamp, eventId]. The service's
 * tokens never contain ':', so the two cannot be confused; the AWS CLI cannot resume from it.
 */
const PREFIX = 'pagescope-after-event:';

export const positionOf = (event: LogEvent): EventPosition => ({
  timestamp: typeof event.timestamp === 'number' ? event.timestamp : 0,
  eventId: typeof event.eventId === 'string' ? event.eventId : '',
});

export const encodeEventAfterToken = (p: EventPosition): string =>
  PREFIX + Buffer.from(JSON.stringify([p.timestamp, p.eventId]), 'utf8').toString('base64url');

export const isEventAfterToken = (token: string): boolean => token.startsWith(PREFIX);

/** The position, or null when the token is not one of ours or does not decode to one. */
export const decodeEventAfterToken = (token: string): EventPosition | null => {
  if (!isEventAfterToken(token)) return null;
  const body = token.slice(PREFIX.length);
  if (!/^[A-Za-z0-9_-]*$/.test(body)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) return null;
  const [timestamp, eventId] = parsed as unknown[];
  if (!Number.isSafeInteger(timestamp) || (timestamp as number) < 0) return null;
  if (typeof eventId !== 'string') return null;
  const p = { timestamp: timestamp as number, eventId };
  return encodeEventAfterToken(p) === token ? p : null;
};
