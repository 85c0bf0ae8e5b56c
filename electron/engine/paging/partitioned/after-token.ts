/**
 * The continuation token of a partitioned listing: the last key it gave, so that a later listing
 * starts right after it (S3's StartAfter). It rides in the ContinuationToken slot of PageScope's
 * usual resume token (botocore's format: base64 of {"ContinuationToken": ..., and
 * "boto_truncate_amount" when MaxItems stopped inside a page}), but it is PageScope's, not S3's:
 * `pagescope-after:` then the key's UTF-8 in base64url. S3 tokens never contain ':', so the two
 * cannot be confused; the AWS CLI cannot resume from it (S3 would reject it).
 */
const PREFIX = 'pagescope-after:';

export const encodeAfterToken = (key: string): string =>
  PREFIX + Buffer.from(key, 'utf8').toString('base64url');

export const isAfterToken = (token: string): boolean => token.startsWith(PREFIX);

/** The key, or null when the token is not one of ours or does not decode to a key. */
export const decodeAfterToken = (token: string): string | null => {
  if (!isAfterToken(token)) return null;
  const body = token.slice(PREFIX.length);
  if (!/^[A-Za-z0-9_-]*$/.test(body)) return null;
  const key = Buffer.from(body, 'base64url').toString('utf8');
  return encodeAfterToken(key) === token ? key : null;
};
