import { createHash } from 'node:crypto';
import type { AwsError } from '../http/aws-error';

/**
 * The page markers of the Query lists (IAM's Marker, CloudFormation's NextToken, RDS's Marker):
 * opaque, checksummed, and bound to the listing they came from (the operation, the region, the
 * stack, the filters), so a marker of one listing is refused by another.
 */
const checksum = (listing: string, position: number): string =>
  createHash('sha256')
    .update(`pagescope-demo-query\n${listing}\n${position}`)
    .digest('base64url')
    .slice(0, 16);

const encodeMarker = (listing: string, position: number): string =>
  Buffer.from(JSON.stringify({ p: position, c: checksum(listing, position) })).toString(
    'base64url',
  );

const decodeMarker = (listing: string, marker: string): number | null => {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(marker, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { p, c } = parsed as Record<string, unknown>;
    return typeof p === 'number' && Number.isSafeInteger(p) && p >= 0 && c === checksum(listing, p)
      ? p
      : null;
  } catch {
    return null;
  }
};

export interface QueryPageRequest<T> {
  items: readonly T[];
  /** What the marker is bound to: `iam:ListRoles\n/service-role/`. */
  listing: string;
  marker: string | null;
  size: number;
  /** The service's answer to a marker it did not give for this listing. */
  badMarker: (marker: string) => AwsError;
}

/** One page of a list from its marker, and the marker of the next page while items remain. */
export const queryPage = <T>(request: QueryPageRequest<T>): { page: T[]; next: string | null } => {
  const { items, listing, marker, size } = request;
  let start = 0;
  if (marker !== null && marker !== '') {
    const position = decodeMarker(listing, marker);
    if (position === null || position > items.length) throw request.badMarker(marker);
    start = position;
  }
  const end = Math.min(items.length, start + size);
  return {
    page: items.slice(start, end),
    next: end < items.length ? encodeMarker(listing, end) : null,
  };
};

/**
 * A page-size parameter within the operation's documented bounds, or the service's error;
 * `fallback` when absent.
 */
export const pageSizeParam = (
  raw: string | null,
  bounds: { min: number; max: number; fallback: number },
  outOfBounds: (raw: string) => AwsError,
): number => {
  if (raw === null) return bounds.fallback;
  const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= bounds.min && value <= bounds.max)) throw outOfBounds(raw);
  return value;
};
