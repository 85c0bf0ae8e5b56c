// What PageScope uses of the CloudFormation client package, imported only through service-sdks.ts (see
// sdk/ec2-parts.ts for why a module of our own sits in between).
import {
  CloudFormationClient,
  type CloudFormationClientConfig,
} from '@aws-sdk/client-cloudformation';

export { DescribeStacksCommand, ListStackResourcesCommand } from '@aws-sdk/client-cloudformation';

export const createClient = (config: CloudFormationClientConfig): CloudFormationClient =>
  new CloudFormationClient(config);
