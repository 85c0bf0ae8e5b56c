// What PageScope uses of the EC2 client package, imported only through ec2-sdk.ts. An ES module
// of our own in between, because a bundler's lazy chunk of a CommonJS package exposes only its
// default export, while this one keeps the names.
export {
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
