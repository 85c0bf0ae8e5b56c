// What PageScope uses of the DynamoDB client package, imported only through service-sdks.ts
// (an ES module of our own in between, as sdk/ec2-parts.ts explains).
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';

export { DescribeTableCommand, ListTablesCommand, ScanCommand } from '@aws-sdk/client-dynamodb';

export const createClient = (config: DynamoDBClientConfig): DynamoDBClient =>
  new DynamoDBClient(config);
