/**
 * Key-bearing text (Key, Prefix, Delimiter, StartAfter, the markers) as S3 writes it into a listing
 * answered without `encoding-type=url`:
 * - `& < > " '` as entities;
 * - a carriage return raw, so an XML parser reads it as a line feed
 *   (https://www.w3.org/TR/xml/#sec-line-ends); TAB and LF raw, as XML carries them;
 * - every other C0 control as a hexadecimal character reference (`&#x1;`, `&#x1b;`), which XML
 *   1.0 does not allow: lenient parsers (the JS SDK's) decode it, strict ones (expat, so botocore)
 *   refuse the document.
 * That loss is why S3 offers `encoding-type=url` and why the AWS CLI and boto3 always send it.
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html#AmazonS3-ListObjectsV2-request-header-EncodingType
 */

const NAMED: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

// eslint-disable-next-line no-control-regex -- the C0 controls XML 1.0 forbids are the point
const SPECIAL = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
// eslint-disable-next-line no-control-regex -- as above
const SPECIALS = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

const reference = (c: string): string => NAMED[c] ?? `&#x${c.charCodeAt(0).toString(16)};`;

// Most keys hold nothing to escape; testing first spares a replace per key.
export const escapeKeyText = (text: string): string =>
  SPECIAL.test(text) ? text.replace(SPECIALS, reference) : text;

/** `<name>text</name>` with key escaping; nothing at all when the value is undefined. */
export const keyEl = (name: string, value: string | undefined): string =>
  value === undefined ? '' : `<${name}>${escapeKeyText(value)}</${name}>`;
