import { asArray } from './resource';

/**
 * ListObjectsV2 and ListObjectVersions go out with `encoding-type=url`, as botocore sends them
 * (set_list_objects_encoding_type_url in botocore/handlers.py): XML 1.0 cannot carry every
 * character a key may hold, and its parsers read a carriage return as a line feed. The SDK for
 * JavaScript v3 passes the encoded text through, so the answer is decoded here, member for member
 * as botocore's decode_list_object_v2 and decode_list_object_versions do.
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html#AmazonS3-ListObjectsV2-request-header-EncodingType
 */
export const URL_ENCODING = { EncodingType: 'url' } as const;

// Python's unquote decodes escapes only inside runs of ASCII; other text stays as it is.
const ASCII_RUNS = /[^\u0080-\uffff]+/g;
const HEX_PAIR = /^[0-9A-Fa-f]{2}$/;
// Python decodes UTF-8 without dropping a leading BOM, and with U+FFFD for what is not UTF-8.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

const bytesOf = (run: string): Uint8Array => {
  const bytes: number[] = [];
  for (let i = 0; i < run.length; i += 1) {
    const hex = run.slice(i + 1, i + 3);
    if (run[i] === '%' && HEX_PAIR.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(run.charCodeAt(i));
  }
  return Uint8Array.from(bytes);
};

/**
 * botocore's unquote_str, which is urllib.parse.unquote_plus: `+` is a space, `%XX` a byte, the
 * bytes read as UTF-8. decodeURIComponent agrees on every well-formed text; where it throws (a
 * `%` without two hex digits, bytes that are not UTF-8) the text is decoded as Python does.
 */
export const unquotePlus = (text: string): string => {
  const spaced = text.replaceAll('+', ' ');
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced.replace(ASCII_RUNS, (run) => utf8.decode(bytesOf(run)));
  }
};

interface EncodedMembers {
  top: readonly string[];
  nested: ReadonlyArray<readonly [list: string, member: string]>;
}

/**
 * Decodes the members in place, as botocore does, and only when the answer says it is encoded:
 * a server that ignores encoding-type sends keys as they are. The page is the SDK's fresh output.
 */
const decodeMembers = <Page extends object>(page: Page, { top, nested }: EncodedMembers): Page => {
  const members = page as Record<string, unknown>;
  if (members.EncodingType !== 'url') return page;
  for (const name of top) {
    const value = members[name];
    if (typeof value === 'string') members[name] = unquotePlus(value);
  }
  for (const [list, member] of nested) {
    for (const entry of asArray(members[list])) {
      const value = entry[member];
      if (typeof value === 'string') entry[member] = unquotePlus(value);
    }
  }
  return page;
};

/** botocore's decode_list_object_v2. */
export const decodeListObjectsV2 = <Page extends object>(page: Page): Page =>
  decodeMembers(page, {
    top: ['Delimiter', 'Prefix', 'StartAfter'],
    nested: [
      ['Contents', 'Key'],
      ['CommonPrefixes', 'Prefix'],
    ],
  });

/** botocore's decode_list_object_versions. */
export const decodeListObjectVersions = <Page extends object>(page: Page): Page =>
  decodeMembers(page, {
    top: ['KeyMarker', 'NextKeyMarker', 'Prefix', 'Delimiter'],
    nested: [
      ['Versions', 'Key'],
      ['DeleteMarkers', 'Key'],
      ['CommonPrefixes', 'Prefix'],
    ],
  });
