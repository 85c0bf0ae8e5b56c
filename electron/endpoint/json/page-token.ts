import { createHash } from 'node:crypto';
import type { AwsError } from '../http/aws-error';

/**
 * An opaque page token of a JSON-protocol operation: base64url of its position, checksummed and
 * bound to a scope (the region, the operation and what it lists), so that a token is refused by
 * another operation, another log group or another table.
 */
const checksum = (scope: string, position: string): string =>
  createHash('sha256')
    .update(`pagescope-demo-json\n${scope}\n${position}`)
    .digest('base64url')
    .slice(0, 16);

export const encodePageToken = (scope: string, position: unknown): string => {
  const p = JSON.stringify(position);
  return Buffer.from(JSON.stringify({ p, c: checksum(scope, p) })).toString('base64url');
};

/** The position a token holds, or the operation's own error when it is not one of ours. */
export const decodePageToken = (scope: string, token: string, invalid: () => AwsError): unknown => {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    const { p, c } = (parsed ?? {}) as Record<string, unknown>;
    if (typeof p !== 'string' || c !== checksum(scope, p)) throw invalid();
    return JSON.parse(p) as unknown;
  } catch {
    throw invalid();
  }
};
