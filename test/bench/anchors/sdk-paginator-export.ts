import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { S3Client, paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { stringify } from 'csv-stringify';

/**
 * The plain SDK v3 anchor: what a developer writes without PageScope. paginateListObjectsV2 in a
 * loop, each object to the same CSV columns PageScope's CLI writes. Usage: ENDPOINT BUCKET OUT.
 */
const [endpoint, bucket, out] = process.argv.slice(2);
if (!endpoint || !bucket || !out)
  throw new Error('usage: sdk-paginator-export ENDPOINT BUCKET OUT');

async function* rows() {
  yield ['Key', 'Size', 'LastModified', 'StorageClass', 'ETag'];
  const client = new S3Client({ endpoint, forcePathStyle: true });
  for await (const page of paginateListObjectsV2({ client }, { Bucket: bucket })) {
    for (const o of page.Contents ?? []) {
      yield [o.Key, o.Size, o.LastModified?.toISOString(), o.StorageClass, o.ETag];
    }
  }
}

await pipeline(rows(), stringify(), createWriteStream(out));
