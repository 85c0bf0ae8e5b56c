import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';
import { failure, s3Client } from './endpoint-clients';

let endpoint: RunningEndpoint;
let s3: S3Client;
beforeAll(async () => {
  endpoint = await startEndpoint({ objects: 100 });
  s3 = s3Client(endpoint);
});
afterAll(() => endpoint.stop());

describe('ListObjectsV2 errors', () => {
  it('rejects a continuation token it did not issue with 400 InvalidArgument', async () => {
    const bad = await failure(
      s3.send(
        new ListObjectsV2Command({ Bucket: 'demo-photos', ContinuationToken: 'bm90LWEtdG9rZW4=' }),
      ),
    );
    expect(bad).toMatchObject({ name: 'InvalidArgument', status: 400 });
    const first = await s3.send(new ListObjectsV2Command({ Bucket: 'demo-big', MaxKeys: 2 }));
    const foreign = await failure(
      s3.send(
        new ListObjectsV2Command({
          Bucket: 'demo-photos',
          ContinuationToken: first.NextContinuationToken,
        }),
      ),
    );
    expect(foreign).toMatchObject({ name: 'InvalidArgument', status: 400 });
  });

  it('rejects a negative max-keys and an unknown encoding type', async () => {
    expect(
      await failure(s3.send(new ListObjectsV2Command({ Bucket: 'demo-photos', MaxKeys: -1 }))),
    ).toMatchObject({
      name: 'InvalidArgument',
      status: 400,
    });
    const encoding = await failure(
      s3.send(new ListObjectsV2Command({ Bucket: 'demo-photos', EncodingType: 'base64' as 'url' })),
    );
    expect(encoding).toMatchObject({ name: 'InvalidArgument', status: 400 });
  });
});
