import type { DemoLogGroup } from '../data/log-groups';
import { AwsError } from '../http/aws-error';
import type { JsonInput } from '../json/json-input';
import { decodePageToken, encodePageToken } from '../json/page-token';

export const invalidNextToken = (): AwsError =>
  new AwsError(400, 'InvalidParameterException', 'The specified nextToken is invalid.');

const groupJson = (g: DemoLogGroup) => ({
  logGroupName: g.name,
  creationTime: g.creationTime,
  ...(g.retentionInDays === null ? {} : { retentionInDays: g.retentionInDays }),
  metricFilterCount: 0,
  arn: `${g.arn}:*`,
  storedBytes: g.storedBytes,
  logGroupClass: 'STANDARD',
  logGroupArn: g.arn,
});

/**
 * https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogGroups.html
 * Groups in name order, `limit` 1..50 (default 50), `logGroupNamePrefix`; the token holds the last
 * name listed and is bound to the region and the prefix.
 */
export const describeLogGroups = (input: JsonInput, region: string, groups: DemoLogGroup[]) => {
  const prefix = input.string('logGroupNamePrefix') ?? '';
  if (prefix !== '' && input.string('logGroupNamePattern') !== undefined) {
    throw new AwsError(
      400,
      'InvalidParameterException',
      'LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.',
    );
  }
  const limit = input.integer('limit', 1, 50) ?? 50;
  const token = input.string('nextToken');
  const scope = `${region}/DescribeLogGroups/${prefix}`;
  const after = token ? (decodePageToken(scope, token, invalidNextToken) as string) : null;
  if (after !== null && typeof after !== 'string') throw invalidNextToken();
  const matching = groups.filter(
    (g) => g.name.startsWith(prefix) && (after === null || g.name > after),
  );
  const page = matching.slice(0, limit);
  return {
    logGroups: page.map(groupJson),
    ...(matching.length > limit ? { nextToken: encodePageToken(scope, page.at(-1)!.name) } : {}),
  };
};
