import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListObjectsV2Command, ListObjectVersionsCommand, type S3Client } from '@aws-sdk/client-s3';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';
import { EDGE_KEYS } from '../../../electron/endpoint/data/demo-edge';
import { s3Client } from './endpoint-clients';
import { listAll } from './list-all';
import { byteOrder } from './reference-listing';
import { signedFetch } from './signed-fetch';

let endpoint: RunningEndpoint;
let s3: S3Client;
beforeAll(async () => {
  endpoint = await startEndpoint({ objects: 100 });
  s3 = s3Client(endpoint);
});
afterAll(() => endpoint.stop());

// What an XML parser makes of a key S3 writes raw: end-of-line handling turns CR LF and CR into LF.
// https://www.w3.org/TR/xml/#sec-line-ends
const asXmlReadsIt = (key: string) => key.replace(/\r\n?/g, '\n');

describe('ListObjectsV2 with awkward keys (demo-edge)', () => {
  it('returns every edge key in UTF-8 byte order, a CR read back as LF without encoding-type', async () => {
    const listed = await listAll(s3, { Bucket: 'demo-edge', MaxKeys: 4 });
    expect(listed.keys).toEqual([...EDGE_KEYS].sort(byteOrder).map(asXmlReadsIt));
    expect(listed.keys).toContain('line1\nline2.txt');
    expect(listed.keys).toContain('control/escape\u001b[31mred\u001b[0m.txt');
    expect(listed.keys).toContain('carriage\nreturn.txt');
    expect(listed.keys.find((key) => key.startsWith('long/'))).toHaveLength(1024);
    // UTF-16 order would put the emoji before U+FF46; UTF-8 byte order puts it after.
    expect(listed.keys.indexOf('\uff46ullwidth.txt')).toBeGreaterThan(
      listed.keys.indexOf('emoji/🦄.txt'),
    );
  });

  it('url-encodes keys, prefixes and delimiters with encoding-type=url', async () => {
    const page = await s3.send(
      new ListObjectsV2Command({
        Bucket: 'demo-edge',
        EncodingType: 'url',
        Prefix: 'a',
        Delimiter: '/',
      }),
    );
    expect(page.EncodingType).toBe('url');
    expect(page.Contents?.map((o) => o.Key)).toEqual(['a+b+c.txt', 'ampersand%26co.txt']);
    expect(page.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['a%2Bb/']);
    const all = await listAll(s3, { Bucket: 'demo-edge', EncodingType: 'url' });
    const decoded = all.keys.map((key) => decodeURIComponent(key.replaceAll('+', ' ')));
    expect(decoded).toEqual([...EDGE_KEYS].sort(byteOrder));
  });

  it('writes keys as S3 does without encoding-type: CR raw, other C0 controls as references', async () => {
    const { status, body } = await signedFetch(endpoint, {
      path: '/demo-edge',
      query: { 'list-type': '2' },
    });
    expect(status).toBe(200);
    expect(body).toContain('<Key>carriage\rreturn.txt</Key>');
    expect(body).toContain('<Key>trailing-cr\r</Key>');
    expect(body).toContain('<Key>lf-then-cr\n\r.txt</Key>');
    expect(body).toContain('<Key>tab\there.txt</Key>');
    expect(body).toContain('<Key>&#x1;starts-with-soh.txt</Key>');
    expect(body).toContain('<Key>control/bell&#x7;.txt</Key>');
    expect(body).toContain('<Key>control/escape&#x1b;[31mred&#x1b;[0m.txt</Key>');
    expect(body).toContain('<Key>control/vertical-tab&#xb; form-feed&#xc;.txt</Key>');
    // DEL and C1 controls are XML 1.0 characters: written as they are.
    expect(body).toContain('<Key>control/delete\u007f.txt</Key>');
    expect(body).toContain('<Key>control/next-line\u0085.txt</Key>');
    expect(body).toContain('<Key>ampersand&amp;co.txt</Key>');
  });

  it('url-encodes Prefix, Delimiter, StartAfter and CommonPrefixes that hold control characters', async () => {
    const byCr = await s3.send(
      new ListObjectsV2Command({
        Bucket: 'demo-edge',
        EncodingType: 'url',
        Prefix: 'c',
        Delimiter: '\r',
        StartAfter: 'carriage\r',
        MaxKeys: 2,
      }),
    );
    expect(byCr).toMatchObject({
      EncodingType: 'url',
      Prefix: 'c',
      Delimiter: '%0D',
      StartAfter: 'carriage%0D',
      CommonPrefixes: [{ Prefix: 'carriage%0D' }],
      IsTruncated: true,
    });
    expect(byCr.Contents?.map((o) => o.Key)).toEqual(['comma%2Cseparated%2Cname.csv']);
    const byBell = await s3.send(
      new ListObjectsV2Command({
        Bucket: 'demo-edge',
        EncodingType: 'url',
        Prefix: 'control/',
        Delimiter: '\u0007',
      }),
    );
    expect(byBell.Delimiter).toBe('%07');
    expect(byBell.CommonPrefixes).toEqual([{ Prefix: 'control/bell%07' }]);
    expect(byBell.Contents?.map((o) => o.Key)).toContain('control/escape%1B%5B31mred%1B%5B0m.txt');
    const echo = await s3.send(
      new ListObjectsV2Command({
        Bucket: 'demo-edge',
        EncodingType: 'url',
        Prefix: 'windows\r\n',
        StartAfter: 'windows\r\n\u0001 +%',
      }),
    );
    expect(echo).toMatchObject({
      Prefix: 'windows%0D%0A',
      StartAfter: 'windows%0D%0A%01+%2B%25',
      KeyCount: 0,
    });
  });

  it('url-encodes ListObjectVersions markers, prefixes and keys that hold control characters', async () => {
    const page = await s3.send(
      new ListObjectVersionsCommand({
        Bucket: 'demo-edge',
        EncodingType: 'url',
        Prefix: 'c',
        Delimiter: '\r',
        KeyMarker: 'c\r',
        MaxKeys: 2,
      }),
    );
    expect(page).toMatchObject({
      EncodingType: 'url',
      Prefix: 'c',
      Delimiter: '%0D',
      KeyMarker: 'c%0D',
      NextKeyMarker: 'carriage%0D',
      CommonPrefixes: [{ Prefix: 'carriage%0D' }],
      IsTruncated: true,
    });
    expect(page.Versions?.map((v) => v.Key)).toEqual(['caf%C3%A9/menu.txt']);
    const next = await s3.send(
      new ListObjectVersionsCommand({
        Bucket: 'demo-edge',
        EncodingType: 'url',
        Prefix: 'c',
        Delimiter: '\r',
        KeyMarker: 'carriage\r',
        MaxKeys: 1,
      }),
    );
    expect(next.KeyMarker).toBe('carriage%0D');
    expect(next.Versions?.map((v) => v.Key)).toEqual(['comma%2Cseparated%2Cname.csv']);
  });

  it('filters by a non-ASCII prefix', async () => {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: 'demo-edge', Prefix: 'emoji/📷' }),
    );
    expect(page.Contents?.map((o) => o.Key)).toEqual(['emoji/📷 photo 🎉.jpg']);
  });
});
