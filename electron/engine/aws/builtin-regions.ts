/**
 * The regions of each partition, as the AWS SDK's endpoint data lists them: the Region picker's
 * list when EC2 DescribeRegions cannot answer (throttled, offline, or a profile without EC2
 * permissions), so that S3 stays browsable. Opt-in status is unknown there; an EC2 call in a
 * region the account has not enabled says so itself (REGION_NOT_ENABLED).
 * https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html
 */
const PARTITIONS: readonly { prefix: RegExp; regions: readonly string[] }[] = [
  { prefix: /^cn-/, regions: ['cn-north-1', 'cn-northwest-1'] },
  { prefix: /^us-gov-/, regions: ['us-gov-east-1', 'us-gov-west-1'] },
  {
    prefix: /^/,
    regions: [
      'af-south-1',
      'ap-east-1',
      'ap-east-2',
      'ap-northeast-1',
      'ap-northeast-2',
      'ap-northeast-3',
      'ap-south-1',
      'ap-south-2',
      'ap-southeast-1',
      'ap-southeast-2',
      'ap-southeast-3',
      'ap-southeast-4',
      'ap-southeast-5',
      'ap-southeast-6',
      'ap-southeast-7',
      'ca-central-1',
      'ca-west-1',
      'eu-central-1',
      'eu-central-2',
      'eu-north-1',
      'eu-south-1',
      'eu-south-2',
      'eu-west-1',
      'eu-west-2',
      'eu-west-3',
      'il-central-1',
      'me-central-1',
      'me-south-1',
      'me-west-1',
      'mx-central-1',
      'sa-east-1',
      'sa-west-1',
      'us-east-1',
      'us-east-2',
      'us-west-1',
      'us-west-2',
    ],
  },
];

/** The regions of the default region's partition, with the default region itself, in name order. */
export const builtinRegions = (defaultRegion: string): string[] => {
  const partition = PARTITIONS.find((p) => p.prefix.test(defaultRegion))!;
  const names = new Set([...partition.regions, defaultRegion]);
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
};
