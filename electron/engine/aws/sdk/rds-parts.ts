// What PageScope uses of the RDS client package, imported only through service-sdks.ts (see
// sdk/ec2-parts.ts for why a module of our own sits in between).
import { RDSClient, type RDSClientConfig } from '@aws-sdk/client-rds';

export { DescribeDBInstancesCommand } from '@aws-sdk/client-rds';

export const createClient = (config: RDSClientConfig): RDSClient => new RDSClient(config);
