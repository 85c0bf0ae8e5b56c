import { createHash } from 'node:crypto';

/**
 * An opaque page token: a position in a listing, bound to its scope (region and operation) and
 * checksummed, so a token of one listing or a hand-made one is refused rather than misread.
 */
const checksum = (scope: string, position: number): string =>
  createHash('sha256')
    .update(`pagescope-demo-page\n${scope}\n${position}`)
    .digest('base64url')
    .slice(0, 16);

export const encodePageToken = (scope: string, position: number): string =>
  Buffer.from(JSON.stringify({ s: scope, p: position, c: checksum(scope, position) })).toString(
    'base64url',
  );

/** The position a token holds, or null when it is not a token of this scope. */
export const decodePageToken = (scope: string, token: string): number | null => {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { s, p, c } = parsed as Record<string, unknown>;
    return s === scope &&
      typeof p === 'number' &&
      Number.isSafeInteger(p) &&
      p >= 0 &&
      c === checksum(scope, p)
      ? p
      : null;
  } catch {
    return null;
  }
};
