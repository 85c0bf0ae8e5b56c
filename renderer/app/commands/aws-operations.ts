/** How each resource kind maps onto the AWS API and the AWS CLI. */
export interface AwsOperation {
  /** AWS CLI words after `aws`. */
  cli: [string, string];
  /** The API operation, as AWS names it in errors and IAM policies. */
  operation: string;
  /** JMESPath from a raw page to the items, as the engine's item mode sees them. */
  items: string;
}

export const awsOperations: Record<string, AwsOperation> = {
  's3-buckets': { cli: ['s3api', 'list-buckets'], operation: 'ListBuckets', items: 'Buckets' },
  's3-objects': {
    cli: ['s3api', 'list-objects-v2'],
    operation: 'ListObjectsV2',
    items: 'Contents',
  },
  's3-object-versions': {
    cli: ['s3api', 'list-object-versions'],
    operation: 'ListObjectVersions',
    items: 'Versions',
  },
  'ec2-instances': {
    cli: ['ec2', 'describe-instances'],
    operation: 'DescribeInstances',
    items: 'Reservations[].Instances[]',
  },
  'ec2-regions': {
    cli: ['ec2', 'describe-regions'],
    operation: 'DescribeRegions',
    items: 'Regions',
  },
};
