import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ApiFailure, type ViewSpec } from '../../../shared/contract';
import type { PlanKind } from '../filter/row-plan';
import type { EntryState } from './merged-listing';

/**
 * The opaque cursor the renderer passes back: every region's exact row position, so a cursor
 * still works after its server-side session was evicted (the page is refetched and skipped).
 */
export interface ViewCursor {
  /** Which view it belongs to (hash of the spec). */
  k: string;
  p: PlanKind | null;
  s: Record<string, EntryState>;
}

const BYTES = '$bytes';
const tokenValue = z.union([z.string(), z.record(z.string(), z.unknown())]);
const tokens = z.record(z.string(), tokenValue.nullable()).nullable();

// A map-valued token may hold bytes (a DynamoDB binary key): they travel as {"$bytes": base64}.
function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Uint8Array ? { [BYTES]: Buffer.from(raw).toString('base64') } : value;
}

const reviver = (_key: string, value: unknown): unknown => {
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value);
  const b64 = (value as Record<string, unknown>)[BYTES];
  return keys.length === 1 && typeof b64 === 'string'
    ? new Uint8Array(Buffer.from(b64, 'base64'))
    : value;
};
const position = z.object({
  at: z.object({ tokens, trunc: z.number().int().nonnegative().nullable() }),
  skip: z.number().int().nonnegative(),
  taken: z.number().int().nonnegative(),
});
const cursorSchema = z.object({
  k: z.string(),
  p: z.enum(['items', 'hash', 'values']).nullable(),
  s: z.record(
    z.string(),
    z.object({
      pos: position.nullable(),
      taken: z.number().int().nonnegative(),
      failed: z.literal(true).optional(),
    }),
  ),
});

/** Identifies a view: everything a listing's content depends on. */
export const specKey = (spec: ViewSpec): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        spec.profile,
        spec.region,
        spec.resource,
        Object.entries(spec.params)
          .filter(([, value]) => value !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : 1)),
        spec.filter,
        spec.pageSize ?? null,
        spec.maxItems ?? null,
        spec.startingToken ?? null,
        // The rows' cells depend on them, so a session holding other columns is not reused.
        spec.columns,
      ]),
    )
    .digest('base64url')
    .slice(0, 16);

export const encodeCursor = (cursor: ViewCursor): string =>
  Buffer.from(JSON.stringify(cursor, replacer), 'utf8').toString('base64url');

export const decodeCursor = (text: string, key: string): ViewCursor => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'), reviver);
  } catch {
    parsed = null;
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success) throw ApiFailure.of('BAD_TOKEN', 'The cursor is not one PageScope made.');
  if (result.data.k !== key) {
    throw ApiFailure.of('BAD_TOKEN', 'The cursor belongs to another view; start it again.');
  }
  // The token maps the schema lets through are JSON (bytes revived above), as TokenObject is.
  return result.data as ViewCursor;
};
