/**
 * `encoding-type=url` as S3 applies it to keys, prefixes and delimiters: form-style, so a space is
 * `+` and a `+` is `%2B`, with `/` left alone (botocore decodes it with unquote_plus).
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html#AmazonS3-ListObjectsV2-request-header-EncodingType
 */
const SAFE = /^[A-Za-z0-9\-_.*/]*$/;

// Most keys need no escape (every demo-big key): one test spares the byte walk, which clients
// that always ask for encoding-type=url (the AWS CLI, boto3, PageScope) would pay on every key.
export const s3UrlEncode = (text: string): string =>
  SAFE.test(text)
    ? text
    : Array.from(new TextEncoder().encode(text), (byte) => {
        const c = String.fromCharCode(byte);
        if (/[A-Za-z0-9\-_.*/]/.test(c)) return c;
        if (c === ' ') return '+';
        return `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      }).join('');

export type EncodingType = 'url' | undefined;

export const encoder =
  (encoding: EncodingType) =>
  (text: string): string =>
    encoding === 'url' ? s3UrlEncode(text) : text;
