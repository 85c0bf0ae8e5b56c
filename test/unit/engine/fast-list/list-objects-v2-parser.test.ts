import { describe, expect, it } from 'vitest';
import {
  parseListObjectsV2,
  parseListObjectVersions,
} from '../../../../electron/engine/fast-list/list-objects-v2-parser';

const NS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';
const v2 = (inner: string, root = `<ListBucketResult ${NS}>`) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${root}${inner}</ListBucketResult>`;
const key = (text: string) => parseListObjectsV2(v2(`<Contents><Key>${text}</Key></Contents>`));

describe('parseListObjectsV2', () => {
  it('gives the SDK shape: types, flattened lists, schema member order', () => {
    const out = parseListObjectsV2(
      v2(
        '<Name>b</Name><KeyCount>2</KeyCount><IsTruncated>true</IsTruncated>' +
          '<Contents><Size>7</Size><Key>a</Key><ChecksumAlgorithm>CRC32</ChecksumAlgorithm>' +
          '<ChecksumAlgorithm>SHA256</ChecksumAlgorithm>' +
          '<LastModified>2024-02-03T04:05:06.789Z</LastModified>' +
          '<Owner><ID>i</ID></Owner><RestoreStatus><IsRestoreInProgress>TRUE</IsRestoreInProgress>' +
          '</RestoreStatus></Contents><CommonPrefixes><Prefix>p/</Prefix></CommonPrefixes>',
      ),
    );
    expect(out).toStrictEqual({
      IsTruncated: true,
      Contents: [
        {
          Key: 'a',
          LastModified: new Date('2024-02-03T04:05:06.789Z'),
          ChecksumAlgorithm: ['CRC32', 'SHA256'],
          Size: 7,
          Owner: { ID: 'i' },
          RestoreStatus: { IsRestoreInProgress: true },
        },
      ],
      Name: 'b',
      CommonPrefixes: [{ Prefix: 'p/' }],
      KeyCount: 2,
    });
    expect(Object.keys(out!)).toEqual([
      'IsTruncated',
      'Contents',
      'Name',
      'CommonPrefixes',
      'KeyCount',
    ]);
    expect(Object.keys((out!.Contents as object[])[0]!)[0]).toBe('Key');
  });

  it('decodes character references like the SDK, and leaves URL encoding alone', () => {
    expect(key('a&amp;b&lt;&gt;&quot;&apos;&#13;&#x1F;&#233;')).toMatchObject({
      Contents: [{ Key: 'a&b<>"\'\r\u001fé' }],
    });
    expect(key('a+b%2Bc')).toMatchObject({ Contents: [{ Key: 'a+b%2Bc' }] });
    expect(key('📷 line1\nline2')).toMatchObject({ Contents: [{ Key: '📷 line1\nline2' }] });
  });

  it('reads a raw CR and CR LF as LF, as the SDK parser does (XML end-of-line handling)', () => {
    expect(key('a\rb\r\nc\n\rd')).toMatchObject({ Contents: [{ Key: 'a\nb\nc\n\nd' }] });
    expect(key('a&#13;b')).toMatchObject({ Contents: [{ Key: 'a\rb' }] });
    expect(key('\r\n')).toMatchObject({ Contents: [{ Key: '' }] });
    const crlf = v2(
      '\r\n  <Name>b</Name>\r\n  <Contents>\r\n    <Key>k</Key>\r\n  </Contents>\r\n',
    );
    expect(parseListObjectsV2(crlf)).toStrictEqual({ Contents: [{ Key: 'k' }], Name: 'b' });
  });

  it('reads blank text with a newline as "" and empty elements as empty values', () => {
    expect(key(' \n ')).toMatchObject({ Contents: [{ Key: '' }] });
    expect(key('  ')).toMatchObject({ Contents: [{ Key: '  ' }] });
    expect(parseListObjectsV2(v2('<Contents/><Prefix/><MaxKeys></MaxKeys><Owner/>'))).toBeNull();
    expect(parseListObjectsV2(v2('<Contents/><Prefix/><MaxKeys></MaxKeys>'))).toStrictEqual({
      Contents: [{}],
      Prefix: '',
      MaxKeys: 0,
    });
  });

  it('accepts pretty-printed documents', () => {
    const pretty = v2('\n  <Name>b</Name>\n  <Contents>\n    <Key>k</Key>\n  </Contents>\n');
    expect(parseListObjectsV2(pretty)).toStrictEqual({ Contents: [{ Key: 'k' }], Name: 'b' });
  });

  it.each([
    ['an unknown element', v2('<Name>b</Name><Unknown>x</Unknown>')],
    ['an attribute on a member', v2('<Name a="1">b</Name>')],
    ['CDATA', v2('<Name><![CDATA[b]]></Name>')],
    ['a comment', v2('<!-- c --><Name>b</Name>')],
    ['a repeated member', v2('<Name>b</Name><Name>c</Name>')],
    ['an unknown entity', v2('<Name>&nbsp;</Name>')],
    ['a bare ampersand', v2('<Name>a & b</Name>')],
    ['a reference past U+FFFF', v2('<Name>&#x1F600;</Name>')],
    ['text between members without a newline', v2(' <Name>b</Name>')],
    [
      'a timestamp with an offset',
      v2('<Contents><LastModified>2024-01-01T00:00:00+01:00</LastModified></Contents>'),
    ],
    [
      'an invalid timestamp',
      v2('<Contents><LastModified>2024-13-01T00:00:00Z</LastModified></Contents>'),
    ],
    ['another root', '<ListVersionsResult></ListVersionsResult>'],
    ['a root attribute other than xmlns', v2('', `<ListBucketResult ${NS} Name="x">`)],
    ['something after the root', `${v2('')}<x/>`],
    ['a truncated document', v2('<Name>b</Name>').slice(0, -10)],
    ['an empty body', ''],
  ])('returns null (the SDK decides) for %s', (_why, xml) => {
    expect(parseListObjectsV2(xml)).toBeNull();
  });
});

describe('parseListObjectVersions', () => {
  it('reads versions and delete markers into their own lists', () => {
    const xml =
      `<ListVersionsResult ${NS}><Name>b</Name><Version><Key>k</Key><VersionId>2</VersionId>` +
      `<IsLatest>true</IsLatest></Version><DeleteMarker><Key>k</Key><IsLatest>false</IsLatest>` +
      `</DeleteMarker><Version><Key>k</Key><VersionId>1</VersionId></Version></ListVersionsResult>`;
    expect(parseListObjectVersions(xml)).toStrictEqual({
      Versions: [
        { Key: 'k', VersionId: '2', IsLatest: true },
        { Key: 'k', VersionId: '1' },
      ],
      DeleteMarkers: [{ Key: 'k', IsLatest: false }],
      Name: 'b',
    });
  });
});
