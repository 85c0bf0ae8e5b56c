import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ListObjectsV2Command,
  type ListObjectsV2CommandInput,
  type S3Client,
} from '@aws-sdk/client-s3';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';
import { s3Client } from './endpoint-clients';
import { listAll } from './list-all';
import { byteOrder, referenceListing } from './reference-listing';

let endpoint: RunningEndpoint;
let s3: S3Client;
let photoKeys: string[];

beforeAll(async () => {
  endpoint = await startEndpoint({ objects: 5000, seed: 42 });
  s3 = s3Client(endpoint);
  photoKeys = (await listAll(s3, { Bucket: 'demo-photos' })).keys;
});
afterAll(() => endpoint.stop());

describe('ListObjectsV2', () => {
  it('lists a few thousand photos in yyyy/mm/dd folders, each key once, in byte order', () => {
    expect(photoKeys.length).toBeGreaterThan(2000);
    expect(new Set(photoKeys).size).toBe(photoKeys.length);
    expect([...photoKeys].sort(byteOrder)).toEqual(photoKeys);
    for (const key of photoKeys)
      expect(key).toMatch(/^20\d\d\/\d\d\/\d\d\/[A-Z_]+\d{4}\.(jpg|HEIC|mp4)$/);
  });

  const cases: Array<ListObjectsV2CommandInput & { title: string }> = [
    { title: 'a prefix', Bucket: 'demo-photos', Prefix: '2022/0', MaxKeys: 250 },
    { title: 'a delimiter at the root', Bucket: 'demo-photos', Delimiter: '/', MaxKeys: 2 },
    {
      title: 'prefix and delimiter',
      Bucket: 'demo-photos',
      Prefix: '2023/',
      Delimiter: '/',
      MaxKeys: 5,
    },
    {
      title: 'days of a month, one per page',
      Bucket: 'demo-photos',
      Prefix: '2024/02/',
      Delimiter: '/',
      MaxKeys: 1,
    },
    { title: 'start-after', Bucket: 'demo-photos', StartAfter: '2022/06/15', MaxKeys: 700 },
    {
      title: 'start-after inside a folder',
      Bucket: 'demo-photos',
      StartAfter: '2021/05/1',
      Delimiter: '/',
      Prefix: '2021/',
      MaxKeys: 3,
    },
    {
      title: 'a delimiter that is not a slash',
      Bucket: 'demo-photos',
      Prefix: '2021/1',
      Delimiter: '_',
      MaxKeys: 10,
    },
    { title: 'a prefix that matches nothing', Bucket: 'demo-photos', Prefix: '1999/', MaxKeys: 10 },
  ];
  it.each(cases)(
    'pages through $title exactly like the reference model',
    async ({ title: _t, ...input }) => {
      const actual = await listAll(s3, input);
      const expected = referenceListing(photoKeys, {
        prefix: input.Prefix,
        delimiter: input.Delimiter,
        startAfter: input.StartAfter,
      });
      expect(actual.keys).toEqual(expected.keys);
      expect(actual.prefixes).toEqual(expected.prefixes);
      const entries = expected.keys.length + expected.prefixes.length;
      expect(actual.pages).toBe(Math.max(1, Math.ceil(entries / (input.MaxKeys ?? 1000))));
    },
  );

  it('counts CommonPrefixes toward max-keys and continues after the last one', async () => {
    const first = await s3.send(
      new ListObjectsV2Command({
        Bucket: 'demo-big',
        Prefix: 'logs/2024/',
        Delimiter: '/',
        MaxKeys: 5,
      }),
    );
    expect(first.CommonPrefixes?.map((p) => p.Prefix)).toEqual(
      ['01', '02', '03', '04', '05'].map((m) => `logs/2024/${m}/`),
    );
    expect(first.Contents).toBeUndefined();
    expect(first).toMatchObject({
      KeyCount: 5,
      MaxKeys: 5,
      IsTruncated: true,
      Delimiter: '/',
      Prefix: 'logs/2024/',
    });
    const second = await s3.send(
      new ListObjectsV2Command({
        Bucket: 'demo-big',
        Prefix: 'logs/2024/',
        Delimiter: '/',
        MaxKeys: 5,
        ContinuationToken: first.NextContinuationToken,
      }),
    );
    expect(second.CommonPrefixes?.[0]?.Prefix).toBe('logs/2024/06/');
    expect(second.ContinuationToken).toBe(first.NextContinuationToken);
  });

  it('caps max-keys at 1000 and echoes the cap', async () => {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: 'demo-big', MaxKeys: 5000 }));
    expect(page.MaxKeys).toBe(1000);
    expect(page.Contents).toHaveLength(1000);
    expect(page.IsTruncated).toBe(true);
  });

  it('answers max-keys=0 with an empty page that is not truncated', async () => {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: 'demo-big', MaxKeys: 0 }));
    expect(page).toMatchObject({ KeyCount: 0, MaxKeys: 0, IsTruncated: false });
    expect(page.Contents).toBeUndefined();
    expect(page.NextContinuationToken).toBeUndefined();
  });

  it('describes each object: size, ETag, LastModified, storage class, and the owner only when asked', async () => {
    const plain = await s3.send(new ListObjectsV2Command({ Bucket: 'demo-big', MaxKeys: 3 }));
    const owned = await s3.send(
      new ListObjectsV2Command({ Bucket: 'demo-big', MaxKeys: 3, FetchOwner: true }),
    );
    for (const object of plain.Contents ?? []) {
      expect(object.Key).toMatch(/^logs\/2024\/01\/01\/file-\d{7}\.log$/);
      expect(object.ETag).toMatch(/^"[0-9a-f]{32}"$/);
      expect(object.LastModified).toBeInstanceOf(Date);
      expect(object.StorageClass).toMatch(/^(STANDARD|STANDARD_IA|GLACIER_IR)$/);
      expect(object.Size).toBeGreaterThanOrEqual(0);
      expect(object.Owner).toBeUndefined();
    }
    expect(owned.Contents?.[0]?.Owner?.ID).toMatch(/^[0-9a-f]{64}$/);
    expect(owned.Contents?.map((o) => o.Key)).toEqual(plain.Contents?.map((o) => o.Key));
  });

  it('derives object attributes from the seed: the same seed gives the same bucket', async () => {
    const describe = async (seed: number) => {
      const other = await startEndpoint({ objects: 5000, seed });
      try {
        const page = await s3Client(other).send(
          new ListObjectsV2Command({ Bucket: 'demo-big', MaxKeys: 50 }),
        );
        return page.Contents?.map((o) => [
          o.Key,
          o.Size,
          o.ETag,
          o.LastModified?.toISOString(),
          o.StorageClass,
        ]);
      } finally {
        await other.stop();
      }
    };
    const mine = (await s3.send(new ListObjectsV2Command({ Bucket: 'demo-big', MaxKeys: 50 })))
      .Contents;
    const again = await describe(42);
    expect(again).toEqual(
      mine?.map((o) => [o.Key, o.Size, o.ETag, o.LastModified?.toISOString(), o.StorageClass]),
    );
    const different = await describe(43);
    expect(different?.map((row) => row[0])).toEqual(again?.map((row) => row[0]));
    expect(different?.map((row) => row[2])).not.toEqual(again?.map((row) => row[2]));
  });

  it('answers an empty bucket with no contents and no truncation', async () => {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: 'demo-empty' }));
    expect(page).toMatchObject({ KeyCount: 0, IsTruncated: false, Name: 'demo-empty' });
    expect(page.Contents).toBeUndefined();
  });

  it('lists only the current objects of a versioned bucket', async () => {
    const listed = await listAll(s3, { Bucket: 'demo-versions' });
    expect(listed.keys.length).toBeGreaterThan(40);
    expect(listed.keys.length).toBeLessThan(82);
  });
});
