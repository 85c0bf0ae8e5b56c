// What PageScope uses of the Lambda client package, imported only through service-sdks.ts (see
// ec2-parts.ts for why a module of our own sits in between).
import { LambdaClient, type LambdaClientConfig } from '@aws-sdk/client-lambda';

export { ListFunctionsCommand } from '@aws-sdk/client-lambda';

export const createClient = (config: LambdaClientConfig): LambdaClient => new LambdaClient(config);
