// What PageScope uses of the Route 53 client package, imported only through service-sdks.ts (see
// ec2-parts.ts for why a module of our own sits in between).
import { Route53Client, type Route53ClientConfig } from '@aws-sdk/client-route-53';

export { ListHostedZonesCommand, ListResourceRecordSetsCommand } from '@aws-sdk/client-route-53';

export const createClient = (config: Route53ClientConfig): Route53Client =>
  new Route53Client(config);
