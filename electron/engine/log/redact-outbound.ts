import { redactSecrets } from './redact';

/**
 * Fields of contract messages that carry a view's data or an opaque position, byte-exact: an S3
 * key may well be 40 base64 characters, and a resume token is a long base64 run by design.
 * They come from listings, never from credentials, so they are passed through as they are.
 */
const DATA_FIELDS = new Set([
  'rows',
  'item',
  'columns',
  'nextCursor',
  'resumeToken',
  'downloadUrl',
]);

const walk = (value: unknown): unknown => {
  if (typeof value === 'string') return redactSecrets(value);
  if (Array.isArray(value)) return value.map(walk);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value))
    out[key] = DATA_FIELDS.has(key) ? field : walk(field);
  return out;
};

/**
 * Every text of a message bound for the page (results, errors, events, config problems) through
 * the one redactor. Applied where messages leave the engine and again where frames leave the
 * host, so a new message field is redacted without anyone remembering to.
 */
export const redactOutbound = <T>(message: T): T => walk(message) as T;
