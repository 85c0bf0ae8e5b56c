import { createHash } from 'node:crypto';
import { invalidArgument } from '../http/aws-error';

/**
 * ListObjectsV2's continuation token: opaque to clients, bound to its bucket, and checksummed so
 * a damaged or foreign token gets S3's 400 InvalidArgument instead of a wrong page.
 * It holds where the next page starts: after `marker`, or past every key under it when `skip`.
 */
export interface ListPosition {
  marker: string;
  /** The last entry was a CommonPrefix: resume past every key that starts with it. */
  skip: boolean;
}

const checksum = (bucket: string, body: string): string =>
  createHash('sha256')
    .update(`pagescope-demo\n${bucket}\n${body}`)
    .digest('base64url')
    .slice(0, 12);

export const encodeToken = (bucket: string, position: ListPosition): string => {
  const body = `${position.skip ? 'p' : 'k'}${position.marker}`;
  return Buffer.from(`1:${checksum(bucket, body)}:${body}`, 'utf8').toString('base64');
};

export const decodeToken = (bucket: string, token: string): ListPosition => {
  const bad = () =>
    invalidArgument('The continuation token provided is incorrect', 'continuation-token', token);
  if (!/^[A-Za-z0-9+/]+=*$/.test(token)) throw bad();
  const text = Buffer.from(token, 'base64').toString('utf8');
  const match = /^1:([A-Za-z0-9_-]{12}):([pk])([\s\S]*)$/.exec(text);
  if (!match || checksum(bucket, `${match[2]}${match[3]}`) !== match[1]) throw bad();
  return { marker: match[3]!, skip: match[2] === 'p' };
};
