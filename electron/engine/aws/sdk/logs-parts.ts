// What PageScope uses of the CloudWatch Logs client package, imported only through
// service-sdks.ts (an ES module of our own in between, as sdk/ec2-parts.ts explains).
import {
  CloudWatchLogsClient,
  type CloudWatchLogsClientConfig,
} from '@aws-sdk/client-cloudwatch-logs';
import { FastLogsProtocol } from '../../fast-list/fast-logs-protocol';

export {
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';

/** FilterLogEvents' pages are read by JSON.parse (fast-list/fast-logs-protocol.ts). */
export const createClient = (config: CloudWatchLogsClientConfig): CloudWatchLogsClient =>
  new CloudWatchLogsClient({ ...config, protocol: FastLogsProtocol });
