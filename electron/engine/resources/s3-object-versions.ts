import {
  ListObjectVersionsCommand,
  type ListObjectVersionsCommandInput,
  type S3Client,
} from '@aws-sdk/client-s3';
import {
  asArray,
  bucketListingParams,
  field,
  iso,
  num,
  type Item,
  type ResourceDescriptor,
} from './resource';
import { decodeListObjectVersions, URL_ENCODING } from './s3-url-encoding';

// Folders (CommonPrefixes) are neither latest nor a delete marker: their cells stay empty.
const isFolder = (i: Item): boolean => i.Type === 'folder';

const version = (v: Item, deleteMarker: boolean): Item => {
  v.LastModified = iso(v.LastModified);
  v.DeleteMarker = deleteMarker;
  return v;
};

/**
 * ListObjectVersions: SDK v3 ships no paginator for it, so this descriptor is one, with botocore's
 * model (two input tokens KeyMarker/VersionIdMarker; results Versions, DeleteMarkers, CommonPrefixes).
 * Keys and markers travel URL-encoded, as botocore asks for them (s3-url-encoding.ts): NextKeyMarker
 * goes back as KeyMarker, so it must be the key byte for byte.
 */
export const s3ObjectVersions: ResourceDescriptor<S3Client, ListObjectVersionsCommandInput> = {
  info: {
    kind: 's3-object-versions',
    title: 'S3 object versions',
    service: 's3',
    serviceTitle: 'Amazon S3',
    sidebarLabel: null,
    regional: false,
    global: false,
    params: bucketListingParams,
    keyColumn: 'VersionId',
    operation: 'ListObjectVersions',
    iamAction: 's3:ListBucketVersions',
    cli: ['s3api', 'list-object-versions'],
    itemsPath: 'Versions',
    child: null,
    parent: 's3-buckets',
    folders: true,
    alternate: { kind: 's3-objects', label: 'Versions', pressed: true },
    listsRegions: false,
    filterExamples: ['IsLatest == `false`', 'DeleteMarker == `true`', "[?starts_with(Key, 'a')]"],
  },
  service: 's3',
  operation: 's3:ListObjectVersions',
  inputTokens: ['KeyMarker', 'VersionIdMarker'],
  outputTokens: ['NextKeyMarker', 'NextVersionIdMarker'],
  limitKey: 'MaxKeys',
  resultKeys: ['Versions', 'DeleteMarkers', 'CommonPrefixes'],
  moreResultsKey: 'IsTruncated',
  orderedBy: { field: 'Key', strict: false },
  defaultPageSize: 1000,
  minPageSize: 1,
  columns: [
    field({ id: 'Key', label: 'Key', type: 'text', path: ['Key'] }),
    field({ id: 'VersionId', label: 'Version', type: 'text', path: ['VersionId'] }),
    {
      id: 'IsLatest',
      label: 'Latest',
      type: 'bool',
      get: (i) => (isFolder(i) ? null : i.IsLatest === true),
    },
    {
      id: 'DeleteMarker',
      label: 'Delete marker',
      type: 'bool',
      get: (i) => (isFolder(i) ? null : i.DeleteMarker === true),
    },
    field({ id: 'Size', label: 'Size', type: 'bytes', path: ['Size'] }, num),
    field({ id: 'LastModified', label: 'Last modified', type: 'date', path: ['LastModified'] }),
  ],
  prefixField: 'Key',
  summaryBy: ['IsLatest', 'DeleteMarker', 'folder', 'month'],
  baseInput: (p) => ({ Bucket: p.bucket, Prefix: p.prefix || undefined, Delimiter: p.delimiter }),
  target: (p) => p.bucket ?? null,
  send: async (client, input, signal) =>
    decodeListObjectVersions(
      await client.send(new ListObjectVersionsCommand({ ...input, ...URL_ENCODING }), {
        abortSignal: signal,
      }),
    ),
  items(page) {
    const folders = asArray(page.CommonPrefixes).map((p) => ({ Key: p.Prefix, Type: 'folder' }));
    const versions = asArray(page.Versions).map((v) => version(v, false));
    const markers = asArray(page.DeleteMarkers).map((v) => version(v, true));
    return [...folders, ...versions, ...markers];
  },
};
