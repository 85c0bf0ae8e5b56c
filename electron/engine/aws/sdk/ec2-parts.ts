// What PageScope uses of the EC2 client package, imported only through service-sdks.ts. An ES
// module of our own in between, because a bundler's lazy chunk of a CommonJS package exposes only
// its default export, while this one keeps the names.
import { EC2Client, type EC2ClientConfig } from '@aws-sdk/client-ec2';

export {
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
} from '@aws-sdk/client-ec2';

export const createClient = (config: EC2ClientConfig): EC2Client => new EC2Client(config);
