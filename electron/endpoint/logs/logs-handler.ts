import type { DemoLogGroup } from '../data/log-groups';
import type { ServiceHandler } from '../handle-request';
import { AwsError } from '../http/aws-error';
import { JsonInput } from '../json/json-input';
import { jsonResponse } from '../json/json-response';
import { jsonRegionGate } from '../json/region-gate';
import { describeLogGroups } from './describe-log-groups';
import { describeLogStreams } from './describe-log-streams';
import { filterLogEvents } from './filter-log-events';

const groupIn =
  (groups: DemoLogGroup[], input: JsonInput) =>
  (name: string | undefined): DemoLogGroup => {
    if (name === undefined) {
      throw input.invalid('logGroupName', 'null', 'Member must not be null');
    }
    const found = groups.find((g) => g.name === name || g.arn === name);
    if (!found) {
      throw new AwsError(
        400,
        'ResourceNotFoundException',
        'The specified log group does not exist.',
      );
    }
    return found;
  };

/** CloudWatch Logs (awsJson1_1, X-Amz-Target Logs_20140328.*): the operations PageScope lists by. */
export const handleLogs: ServiceHandler = ({ route, state }) => {
  if (!('input' in route) || route.input === null) {
    throw new AwsError(400, 'SerializationException', 'The request body is not a JSON object.');
  }
  jsonRegionGate(route.region);
  const input = new JsonInput(route.input, 'InvalidParameterException');
  const groups = state.logGroups(route.region);
  switch (route.operation) {
    case 'DescribeLogGroups':
      return jsonResponse('logs', describeLogGroups(input, route.region, groups));
    case 'DescribeLogStreams':
      return jsonResponse('logs', describeLogStreams(input, route.region, groupIn(groups, input)));
    case 'FilterLogEvents':
      return jsonResponse('logs', filterLogEvents(input, route.region, groupIn(groups, input)));
    default:
      throw new AwsError(
        400,
        'UnknownOperationException',
        `The endpoint does not serve CloudWatch Logs ${route.operation}.`,
      );
  }
};
