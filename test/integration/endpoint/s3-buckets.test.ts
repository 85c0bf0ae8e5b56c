import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GetBucketLocationCommand,
  HeadBucketCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  paginateListBuckets,
} from '@aws-sdk/client-s3';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';
import { failure, s3Client } from './endpoint-clients';

let endpoint: RunningEndpoint;
beforeAll(async () => {
  endpoint = await startEndpoint({ objects: 1000 });
});
afterAll(() => endpoint.stop());

const ALL = [
  'demo-big',
  'demo-denied',
  'demo-edge',
  'demo-empty',
  'demo-eu',
  'demo-photos',
  'demo-versions',
];

describe('ListBuckets', () => {
  it('lists the demo buckets in name order with their regions and an owner', async () => {
    const result = await s3Client(endpoint).send(new ListBucketsCommand({}));
    expect(result.Buckets?.map((b) => b.Name)).toEqual(ALL);
    expect(result.Buckets?.find((b) => b.Name === 'demo-eu')?.BucketRegion).toBe('eu-west-1');
    expect(result.Buckets?.find((b) => b.Name === 'demo-big')?.BucketRegion).toBe('us-east-1');
    expect(result.Buckets?.every((b) => b.CreationDate instanceof Date)).toBe(true);
    expect(result.Owner?.ID).toMatch(/^[0-9a-f]{64}$/);
    expect(result.ContinuationToken).toBeUndefined();
  });

  it('pages with max-buckets and continuation-token', async () => {
    const names: string[] = [];
    let pages = 0;
    for await (const page of paginateListBuckets({ client: s3Client(endpoint), pageSize: 2 }, {})) {
      pages += 1;
      expect(page.Buckets!.length).toBeLessThanOrEqual(2);
      names.push(...page.Buckets!.map((b) => b.Name!));
    }
    expect(pages).toBe(4);
    expect(names).toEqual(ALL);
  });

  it('filters by prefix and by bucket-region, echoing the prefix', async () => {
    const s3 = s3Client(endpoint);
    const byPrefix = await s3.send(new ListBucketsCommand({ Prefix: 'demo-e' }));
    expect(byPrefix.Buckets?.map((b) => b.Name)).toEqual(['demo-edge', 'demo-empty', 'demo-eu']);
    expect(byPrefix.Prefix).toBe('demo-e');
    const byRegion = await s3.send(new ListBucketsCommand({ BucketRegion: 'eu-west-1' }));
    expect(byRegion.Buckets?.map((b) => b.Name)).toEqual(['demo-eu']);
  });

  it('rejects an out-of-range max-buckets and a forged token', async () => {
    const s3 = s3Client(endpoint);
    expect(await failure(s3.send(new ListBucketsCommand({ MaxBuckets: 0 })))).toMatchObject({
      name: 'InvalidArgument',
      status: 400,
    });
    expect(
      await failure(s3.send(new ListBucketsCommand({ ContinuationToken: 'Zm9v' }))),
    ).toMatchObject({
      name: 'InvalidArgument',
      status: 400,
    });
  });
});

describe('bucket location and existence', () => {
  it('GetBucketLocation: empty for us-east-1, the region otherwise, from any region', async () => {
    const east = s3Client(endpoint);
    expect(
      (await east.send(new GetBucketLocationCommand({ Bucket: 'demo-photos' }))).LocationConstraint,
    ).toBeUndefined();
    expect(
      (await east.send(new GetBucketLocationCommand({ Bucket: 'demo-eu' }))).LocationConstraint,
    ).toBe('eu-west-1');
  });

  it('HeadBucket reports the region, and 404 for a missing bucket', async () => {
    const s3 = s3Client(endpoint);
    expect((await s3.send(new HeadBucketCommand({ Bucket: 'demo-big' }))).BucketRegion).toBe(
      'us-east-1',
    );
    expect(await failure(s3.send(new HeadBucketCommand({ Bucket: 'no-such-demo' })))).toMatchObject(
      { name: 'NotFound', status: 404 },
    );
  });

  it('NoSuchBucket for listing a bucket that does not exist', async () => {
    const missing = await failure(
      s3Client(endpoint).send(new ListObjectsV2Command({ Bucket: 'no-such-demo' })),
    );
    expect(missing).toMatchObject({ name: 'NoSuchBucket', status: 404 });
    expect(missing.error.BucketName).toBe('no-such-demo');
  });

  it('AccessDenied for listing demo-denied, which ListBuckets still shows', async () => {
    const s3 = s3Client(endpoint);
    expect(
      await failure(s3.send(new ListObjectsV2Command({ Bucket: 'demo-denied' }))),
    ).toMatchObject({ name: 'AccessDenied', status: 403 });
    expect(
      await failure(s3.send(new ListObjectVersionsCommand({ Bucket: 'demo-denied' }))),
    ).toMatchObject({
      name: 'AccessDenied',
      status: 403,
    });
  });
});

describe('a bucket in another region (demo-eu)', () => {
  it('answers a request signed for us-east-1 with 301 PermanentRedirect and x-amz-bucket-region', async () => {
    const redirect = await failure(
      s3Client(endpoint).send(new ListObjectsV2Command({ Bucket: 'demo-eu' })),
    );
    expect(redirect).toMatchObject({ name: 'PermanentRedirect', status: 301 });
    expect(redirect.error.Endpoint).toBe('demo-eu.s3.eu-west-1.amazonaws.com');
    const head = await failure(
      s3Client(endpoint).send(new HeadBucketCommand({ Bucket: 'demo-eu' })),
    );
    expect(head.status).toBe(301);
    expect(
      (head.error.$response as { headers: Record<string, string> }).headers['x-amz-bucket-region'],
    ).toBe('eu-west-1');
  });

  it('serves it when signed for eu-west-1, and a client that follows region redirects gets there', async () => {
    const eu = await s3Client(endpoint, { region: 'eu-west-1' }).send(
      new ListObjectsV2Command({ Bucket: 'demo-eu', MaxKeys: 10 }),
    );
    expect(eu.Contents).toHaveLength(10);
    const following = s3Client(endpoint, { followRegionRedirects: true });
    const followed = await following.send(
      new ListObjectsV2Command({ Bucket: 'demo-eu', MaxKeys: 10 }),
    );
    expect(followed.Contents?.map((o) => o.Key)).toEqual(eu.Contents?.map((o) => o.Key));
  });
});
