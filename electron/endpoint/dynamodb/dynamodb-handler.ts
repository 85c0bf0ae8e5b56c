import type { DemoTable } from '../data/dynamodb-tables';
import type { ServiceHandler } from '../handle-request';
import { AwsError } from '../http/aws-error';
import { JsonInput } from '../json/json-input';
import { jsonResponse } from '../json/json-response';
import { jsonRegionGate } from '../json/region-gate';
import { describeTable } from './describe-table';
import { tableNotFound, validation } from './dynamodb-errors';
import { listTables } from './list-tables';
import { scan } from './scan';

const tableIn = (tables: DemoTable[], input: JsonInput): DemoTable => {
  const name = input.string('TableName');
  if (name === undefined) {
    throw validation(
      "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null",
    );
  }
  const found = tables.find((t) => t.name === name || t.arn === name);
  if (!found) throw tableNotFound(name);
  return found;
};

/** DynamoDB (awsJson1_0, X-Amz-Target DynamoDB_20120810.*): listing tables and scanning them. */
export const handleDynamoDb: ServiceHandler = ({ route, state }) => {
  if (!('input' in route) || route.input === null) {
    throw new AwsError(400, 'SerializationException', 'The request body is not a JSON object.');
  }
  jsonRegionGate(route.region);
  const input = new JsonInput(route.input, 'ValidationException');
  const tables = state.dynamoDbTables(route.region);
  switch (route.operation) {
    case 'ListTables':
      return jsonResponse('dynamodb', listTables(input, tables));
    case 'DescribeTable':
      return jsonResponse('dynamodb', describeTable(tableIn(tables, input)));
    case 'Scan':
      return jsonResponse('dynamodb', scan(input, tableIn(tables, input)));
    default:
      throw new AwsError(
        400,
        'UnknownOperationException',
        `The endpoint does not serve DynamoDB ${route.operation}.`,
      );
  }
};
