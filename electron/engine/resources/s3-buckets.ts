import {
  ListBucketsCommand,
  type ListBucketsCommandInput,
  type S3Client,
} from '@aws-sdk/client-s3';
import { asArray, field, iso, type ResourceDescriptor } from './resource';

/** ListBuckets, paginated with ContinuationToken/MaxBuckets as S3 now allows. */
export const s3Buckets: ResourceDescriptor<S3Client, ListBucketsCommandInput> = {
  info: {
    kind: 's3-buckets',
    title: 'S3 buckets',
    service: 's3',
    serviceTitle: 'Amazon S3',
    sidebarLabel: 'S3 buckets',
    regional: false,
    global: false,
    params: [],
    keyColumn: 'Name',
    operation: 'ListBuckets',
    iamAction: 's3:ListAllMyBuckets',
    cli: ['s3api', 'list-buckets'],
    itemsPath: 'Buckets',
    child: { kind: 's3-objects', param: 'bucket', column: 'Name' },
    parent: null,
    folders: false,
    alternate: null,
    listsRegions: false,
    filterExamples: ["starts_with(Name, 'demo')", "BucketRegion == 'eu-west-1'", '[].Name'],
  },
  service: 's3',
  operation: 's3:ListBuckets',
  inputTokens: ['ContinuationToken'],
  outputTokens: ['ContinuationToken'],
  limitKey: 'MaxBuckets',
  resultKeys: ['Buckets'],
  // botocore's ListBuckets paginator keeps Owner (paginators-1.sdk-extras.json); an AWS CLI
  // without that paginator prints the whole response, which holds the same two keys.
  nonAggregateKeys: ['Owner'],
  moreResultsKey: null,
  defaultPageSize: 1000,
  minPageSize: 1,
  columns: [
    field({ id: 'Name', label: 'Name', type: 'text', path: ['Name'] }),
    field({ id: 'CreationDate', label: 'Created', type: 'date', path: ['CreationDate'] }),
    field({ id: 'Region', label: 'Region', type: 'text', path: ['BucketRegion'] }),
  ],
  summaryBy: ['Region', 'month'],
  baseInput: () => ({}),
  target: () => null,
  lookupInput: (key) => ({ Prefix: key }),
  send: (client, input, signal) =>
    client.send(new ListBucketsCommand(input), { abortSignal: signal }),
  items(page) {
    const buckets = asArray(page.Buckets);
    for (const b of buckets) b.CreationDate = iso(b.CreationDate);
    return buckets;
  },
};
