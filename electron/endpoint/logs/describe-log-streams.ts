import { eventTimestamp } from '../data/log-events';
import type { DemoLogGroup, DemoLogStream } from '../data/log-groups';
import { AwsError } from '../http/aws-error';
import type { JsonInput } from '../json/json-input';
import { decodePageToken, encodePageToken } from '../json/page-token';
import { invalidNextToken } from './describe-log-groups';

const lastEventTime = (s: DemoLogStream): number =>
  s.events === 0 ? 0 : eventTimestamp(s, s.events - 1);

const streamJson = (group: DemoLogGroup, s: DemoLogStream) => ({
  logStreamName: s.name,
  creationTime: s.creationTime,
  ...(s.events === 0
    ? {}
    : {
        firstEventTimestamp: eventTimestamp(s, 0),
        lastEventTimestamp: lastEventTime(s),
        lastIngestionTime: lastEventTime(s) + 1_500,
      }),
  arn: `${group.arn}:log-stream:${s.name}`,
  storedBytes: 0,
});

/**
 * https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogStreams.html
 * `logGroupName` (or `logGroupIdentifier`), `logStreamNamePrefix`, `orderBy` LogStreamName or
 * LastEventTime (not with a prefix), `descending`, `limit` 1..50 (default 50). The token holds the
 * offset in that order and is bound to the group and the order.
 */
export const describeLogStreams = (
  input: JsonInput,
  region: string,
  group: (name: string | undefined) => DemoLogGroup,
) => {
  const g = group(input.string('logGroupName') ?? input.string('logGroupIdentifier'));
  const prefix = input.string('logStreamNamePrefix') ?? '';
  const orderBy = input.string('orderBy') ?? 'LogStreamName';
  if (orderBy !== 'LogStreamName' && orderBy !== 'LastEventTime') {
    throw input.invalid(
      'orderBy',
      orderBy,
      'Member must satisfy enum value set: [LogStreamName, LastEventTime]',
    );
  }
  if (orderBy === 'LastEventTime' && prefix !== '') {
    throw new AwsError(
      400,
      'InvalidParameterException',
      'Cannot order by LastEventTime with a logStreamNamePrefix.',
    );
  }
  const descending = input.boolean('descending') ?? false;
  const limit = input.integer('limit', 1, 50) ?? 50;
  const scope = `${region}/DescribeLogStreams/${g.name}/${orderBy}/${descending}/${prefix}`;
  const token = input.string('nextToken');
  const start = token ? decodePageToken(scope, token, invalidNextToken) : 0;
  if (typeof start !== 'number' || !Number.isSafeInteger(start) || start < 0) {
    throw invalidNextToken();
  }
  const streams = g.streams.filter((s) => s.name.startsWith(prefix));
  if (orderBy === 'LastEventTime') streams.sort((a, b) => lastEventTime(a) - lastEventTime(b));
  if (descending) streams.reverse();
  const page = streams.slice(start, start + limit);
  const end = start + page.length;
  return {
    logStreams: page.map((s) => streamJson(g, s)),
    ...(end < streams.length ? { nextToken: encodePageToken(scope, end) } : {}),
  };
};
