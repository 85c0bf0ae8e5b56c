import {
  ListObjectsV2Command,
  type ListObjectsV2CommandInput,
  type S3Client,
} from '@aws-sdk/client-s3';
import { asArray, bucketListingParams, field, iso, num, type ResourceDescriptor } from './resource';
import { decodeListObjectsV2, URL_ENCODING } from './s3-url-encoding';

/**
 * ListObjectsV2. With delimiter '/' (folder mode) CommonPrefixes become folder rows: the Key is
 * the prefix (ending in the delimiter) and Size, LastModified, StorageClass and ETag are null.
 * Without a delimiter the listing is flat and recursive. Keys travel URL-encoded, as botocore
 * asks for them (s3-url-encoding.ts), so that every key comes back byte for byte.
 */
export const s3Objects: ResourceDescriptor<S3Client, ListObjectsV2CommandInput> = {
  info: {
    kind: 's3-objects',
    title: 'S3 objects',
    service: 's3',
    serviceTitle: 'Amazon S3',
    sidebarLabel: null,
    regional: false,
    global: false,
    params: bucketListingParams,
    keyColumn: 'Key',
    operation: 'ListObjectsV2',
    // IAM grants ListObjectsV2 through the s3:ListBucket action.
    iamAction: 's3:ListBucket',
    cli: ['s3api', 'list-objects-v2'],
    itemsPath: 'Contents',
    child: null,
    parent: 's3-buckets',
    folders: true,
    alternate: { kind: 's3-object-versions', label: 'Versions', pressed: false },
    listsRegions: false,
    filterExamples: [
      '[?Size > `5000000`]',
      "[?ends_with(Key, '.jpg')]",
      "StorageClass != 'STANDARD'",
      '[].{Key: Key, Size: Size}',
    ],
  },
  service: 's3',
  operation: 's3:ListObjectsV2',
  inputTokens: ['ContinuationToken'],
  outputTokens: ['NextContinuationToken'],
  limitKey: 'MaxKeys',
  resultKeys: ['Contents', 'CommonPrefixes'],
  moreResultsKey: 'IsTruncated',
  orderedBy: { field: 'Key', strict: true },
  defaultPageSize: 1000,
  minPageSize: 1,
  columns: [
    field({ id: 'Key', label: 'Key', type: 'text', path: ['Key'] }),
    field({ id: 'Size', label: 'Size', type: 'bytes', path: ['Size'] }, num),
    field({ id: 'LastModified', label: 'Last modified', type: 'date', path: ['LastModified'] }),
    field({ id: 'StorageClass', label: 'Storage class', type: 'text', path: ['StorageClass'] }),
    field({ id: 'ETag', label: 'ETag', type: 'text', path: ['ETag'] }),
  ],
  prefixField: 'Key',
  summaryBy: ['StorageClass', 'folder', 'month'],
  baseInput: (p) => ({ Bucket: p.bucket, Prefix: p.prefix || undefined, Delimiter: p.delimiter }),
  target: (p) => p.bucket ?? null,
  lookupInput: (key) => ({ Prefix: key, Delimiter: undefined }),
  send: async (client, input, signal) =>
    decodeListObjectsV2(
      await client.send(new ListObjectsV2Command({ ...input, ...URL_ENCODING }), {
        abortSignal: signal,
      }),
    ),
  items(page) {
    const folders = asArray(page.CommonPrefixes).map((p) => ({
      Key: p.Prefix,
      Size: null,
      LastModified: null,
      StorageClass: null,
      ETag: null,
      Type: 'folder',
    }));
    const objects = asArray(page.Contents);
    for (const o of objects) o.LastModified = iso(o.LastModified);
    return folders.length ? [...folders, ...objects] : objects;
  },
};
