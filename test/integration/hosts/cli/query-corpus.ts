/**
 * The --query corpus compared with the AWS CLI: listings (PageScope's arguments and the CLI's for
 * the same pages) and the queries run over each, with json and with text output.
 */
export interface QueryDataset {
  name: string;
  pagescope: string[];
  aws: string[];
  /** Compared with json and with text output. */
  queries: string[];
  /** Compared with json output only: whole S3 objects (see query-cli.test.ts on ChecksumType). */
  jsonOnly?: string[];
}

const objects = (bucket: string, ...more: string[]) => ({
  pagescope: ['s3-objects', '--bucket', bucket, ...more],
  aws: ['s3api', 'list-objects-v2', '--bucket', bucket, ...more],
});

const instances = (region: string, ...more: string[]) => ({
  pagescope: ['ec2-instances', '--region', region, ...more],
  aws: ['ec2', 'describe-instances', '--region', region, ...more],
});

const PAGED = ['--page-size', '20', '--max-items', '50'];

const S3_QUERIES = [
  'Contents[?Size > `1000000`].Key',
  'Contents[].{K: Key, S: Size}',
  'length(Contents)',
  "Contents[?Key > 'logs/2024/01/03'].Key",
  "Contents[?LastModified >= '2024-01-02'] | length(@)",
  'max_by(Contents, &Key).Key',
  'sort_by(Contents, &Size)[-3:].Key',
  'KeyCount',
  '[Contents[0].Key, Name]',
  'Contents[0].LastModified',
  'NextToken',
  '{Keys: Contents[:2].Key, Next: NextToken}',
  'sum(Contents[].Size)',
  'avg(Contents[].Size)',
  "Contents[?contains(Key, 'file-00001')].[Key, Size]",
  'Contents[*].ChecksumAlgorithm[0]',
  'Contents[].Owner',
  'Contents[?Size < `0`]',
  'Contents[:3].[Key, LastModified, StorageClass]',
  "Contents[?StorageClass == 'GLACIER_IR'] | [:2].{Key: Key, Size: Size}",
  'Contents[].Key | [-1]',
];

const EC2_QUERIES = [
  'Reservations[].Instances[].[InstanceId, State.Name]',
  'length(Reservations)',
  "Reservations[].Instances[?State.Name == 'running'].InstanceId",
  "Reservations[].Instances[].Tags[?Key=='Name'].Value | []",
  'Reservations[].Instances[].{Id: InstanceId, Type: InstanceType, At: LaunchTime, Az: Placement.AvailabilityZone}',
  'Reservations[0].Instances[0]',
  'sort_by(Reservations[].Instances[], &LaunchTime)[:2].InstanceId',
  'Reservations[].Instances[] | length(@)',
  'Reservations[?length(Instances) > `1`].ReservationId',
  'Reservations',
  'NextToken',
];

export const datasets: QueryDataset[] = [
  {
    name: 'demo-big, stopped by --max-items',
    ...objects('demo-big', '--max-items', '1500'),
    queries: S3_QUERIES,
    jsonOnly: ['Contents[:3]', '{First: Contents[0], Token: NextToken}', '@'],
  },
  {
    name: 'demo-edge (odd keys)',
    ...objects('demo-edge'),
    queries: [
      'Contents[].Key',
      "Contents[?Key > 'y'].Key",
      'Contents[].{K: Key, S: Size, T: LastModified}',
      'length(Contents)',
      'max_by(Contents, &Key).Key',
      "Contents[?starts_with(Key, '=')].Key",
      'sort_by(Contents, &Key)[:5].Key',
    ],
  },
  {
    name: 'demo-photos folders (--delimiter /)',
    ...objects('demo-photos', '--prefix', '2021/', '--delimiter', '/'),
    queries: [
      'CommonPrefixes[].Prefix',
      'length(CommonPrefixes)',
      '[length(CommonPrefixes), Contents]',
      '{P: CommonPrefixes[-2:], K: Contents[].Key}',
    ],
  },
  {
    name: 'demo-edge folders (--delimiter /)',
    ...objects('demo-edge', '--delimiter', '/'),
    queries: ['CommonPrefixes', '{P: CommonPrefixes[].Prefix, K: length(Contents)}'],
  },
  {
    name: 'demo-empty',
    ...objects('demo-empty'),
    queries: ['Contents[].Key', 'Contents', 'KeyCount', '@', '[?Size > `1`]'],
  },
  {
    name: 'demo-versions, 20 a page, stopped by --max-items',
    pagescope: ['s3-object-versions', '--bucket', 'demo-versions', ...PAGED],
    aws: ['s3api', 'list-object-versions', '--bucket', 'demo-versions', ...PAGED],
    queries: [
      'Versions[].[Key, VersionId, IsLatest]',
      'DeleteMarkers[].Key',
      '{V: length(Versions), D: length(DeleteMarkers), N: NextToken}',
      'length(Versions)',
    ],
  },
  {
    name: 'EC2 us-east-1, 50 a page, stopped by --max-items',
    ...instances('us-east-1', '--page-size', '50', '--max-items', '120'),
    queries: EC2_QUERIES,
  },
  { name: 'EC2 eu-west-1', ...instances('eu-west-1'), queries: EC2_QUERIES },
  { name: 'EC2 ap-southeast-2', ...instances('ap-southeast-2'), queries: EC2_QUERIES },
  { name: 'EC2 us-west-2 (no instances)', ...instances('us-west-2'), queries: EC2_QUERIES },
];
