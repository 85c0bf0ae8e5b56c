import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';
import { EDGE_KEYS } from '../../../electron/endpoint/data/demo-edge';
import { s3Client } from './endpoint-clients';
import { listAll } from './list-all';
import { byteOrder } from './reference-listing';

let endpoint: RunningEndpoint;
let s3: S3Client;
beforeAll(async () => {
  endpoint = await startEndpoint({ objects: 100 });
  s3 = s3Client(endpoint);
});
afterAll(() => endpoint.stop());

describe('ListObjectsV2 with awkward keys (demo-edge)', () => {
  it('returns every edge key intact, in UTF-8 byte order', async () => {
    const listed = await listAll(s3, { Bucket: 'demo-edge', MaxKeys: 4 });
    expect(listed.keys).toEqual([...EDGE_KEYS].sort(byteOrder));
    expect(listed.keys).toContain('line1\nline2.txt');
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

  it('filters by a non-ASCII prefix', async () => {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: 'demo-edge', Prefix: 'emoji/📷' }),
    );
    expect(page.Contents?.map((o) => o.Key)).toEqual(['emoji/📷 photo 🎉.jpg']);
  });
});
