// What PageScope uses of the IAM client package, imported only through service-sdks.ts (see
// sdk/ec2-parts.ts for why a module of our own sits in between).
import { IAMClient, type IAMClientConfig } from '@aws-sdk/client-iam';

export { ListPoliciesCommand, ListRolesCommand, ListUsersCommand } from '@aws-sdk/client-iam';

export const createClient = (config: IAMClientConfig): IAMClient => new IAMClient(config);
