import type { DynamoDBClient, ListTablesCommandInput } from '@aws-sdk/client-dynamodb';
import { loadSdk } from '../aws/service-sdks';
import { asArray, field, type ResourceDescriptor } from './resource';

/** ListTables: a region's table names, in order (Limit 1..100). */
export const dynamodbTables: ResourceDescriptor<DynamoDBClient, ListTablesCommandInput> = {
  info: {
    kind: 'dynamodb-tables',
    title: 'DynamoDB tables',
    service: 'dynamodb',
    serviceTitle: 'Amazon DynamoDB',
    sidebarLabel: 'DynamoDB tables',
    regional: true,
    global: false,
    params: [],
    keyColumn: 'TableName',
    filterExamples: ["starts_with(TableName, 'demo-')", "contains(TableName, 'jobs')"],
    operation: 'ListTables',
    iamAction: 'dynamodb:ListTables',
    cli: ['dynamodb', 'list-tables'],
    itemsPath: 'TableNames',
    child: { kind: 'dynamodb-items', param: 'tableName', column: 'TableName' },
    parent: null,
    folders: false,
    alternate: null,
    listsRegions: false,
  },
  service: 'dynamodb',
  operation: 'dynamodb:ListTables',
  inputTokens: ['ExclusiveStartTableName'],
  outputTokens: ['LastEvaluatedTableName'],
  limitKey: 'Limit',
  resultKeys: ['TableNames'],
  moreResultsKey: null,
  defaultPageSize: 100,
  minPageSize: 1,
  columns: [
    field({ id: 'TableName', label: 'Name', type: 'text', path: ['TableName'] }),
    {
      id: 'Prefix',
      label: 'Name prefix',
      type: 'text',
      get: (t) => (typeof t.TableName === 'string' ? t.TableName.split('-')[0]! : null),
    },
  ],
  summaryBy: ['Prefix'],
  baseInput: () => ({}),
  target: () => null,
  send: async (client, input, signal) => {
    const { ListTablesCommand } = await loadSdk('dynamodb');
    return client.send(new ListTablesCommand(input), { abortSignal: signal });
  },
  // The names are plain strings; as items they become objects the filter and columns can read.
  items: (page) =>
    asArray(page.TableNames).map((name) => ({ TableName: name as unknown as string })),
};
