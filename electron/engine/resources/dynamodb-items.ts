import type { DynamoDBClient, ScanCommandInput } from '@aws-sdk/client-dynamodb';
import { loadSdk } from '../aws/service-sdks';
import { plainItem, plainValue } from './dynamodb-values';
import { asArray, type Item, type RawPage, type ResourceDescriptor } from './resource';

/** The table's key attribute names, hash key first, carried on each page for `items`. */
const KEY_NAMES = Symbol('key attribute names');

const keyNamesByClient = new WeakMap<object, Map<string, Promise<string[]>>>();

/** DescribeTable once per client and table: Scan's answer does not say which attributes are the key. */
const keyNames = (
  client: DynamoDBClient,
  table: string,
  signal: AbortSignal,
): Promise<string[]> => {
  let tables = keyNamesByClient.get(client);
  if (!tables) keyNamesByClient.set(client, (tables = new Map()));
  let found = tables.get(table);
  if (!found) {
    found = loadSdk('dynamodb')
      .then(({ DescribeTableCommand }) =>
        client.send(new DescribeTableCommand({ TableName: table }), { abortSignal: signal }),
      )
      .then((out) => {
        const schema = out.Table?.KeySchema ?? [];
        const hash = schema.filter((k) => k.KeyType === 'HASH');
        return [...hash, ...schema.filter((k) => k.KeyType !== 'HASH')].map(
          (k) => k.AttributeName!,
        );
      });
    // A failure is not kept: the next page asks again.
    found.catch(() => tables.delete(table));
    tables.set(table, found);
  }
  return found;
};

const keyText = (value: unknown): string =>
  typeof value === 'string' ? value : JSON.stringify(value);

/**
 * An item as plain JSON, with its primary key (the key attributes' values, hash then range,
 * joined by " | ") as a non-enumerable `PrimaryKey`: the row's key, never part of the item's JSON.
 */
const itemOf = (raw: Item, keys: readonly string[]): Item => {
  const item = plainItem(raw);
  const key = keys.map((k) => keyText(plainValue(raw[k]))).join(' | ');
  Object.defineProperty(item, 'PrimaryKey', { value: key, enumerable: false });
  return item;
};

/**
 * Scan: a table's items. botocore's paginator: ExclusiveStartKey / LastEvaluatedKey (a map of
 * the key's attribute values, which a NextToken holds as it is), limit_key Limit, result keys
 * Items (what MaxItems counts), Count and ScannedCount (numbers, summed over pages), and
 * ConsumedCapacity kept from the first page. A page ends at Limit items or 1 MB read.
 */
export const dynamodbItems: ResourceDescriptor<DynamoDBClient, ScanCommandInput> = {
  info: {
    kind: 'dynamodb-items',
    title: 'DynamoDB items',
    service: 'dynamodb',
    serviceTitle: 'Amazon DynamoDB',
    sidebarLabel: null,
    regional: true,
    global: false,
    params: [{ name: 'tableName', required: true, label: 'Table' }],
    keyColumn: 'PrimaryKey',
    filterExamples: ["plan == 'pro'", 'logins > `1000`', "device == 'ios' && seconds > `3600`"],
    operation: 'Scan',
    iamAction: 'dynamodb:Scan',
    cli: ['dynamodb', 'scan'],
    itemsPath: 'Items',
    child: null,
    parent: 'dynamodb-tables',
    folders: false,
    alternate: null,
    listsRegions: false,
  },
  service: 'dynamodb',
  operation: 'dynamodb:Scan',
  inputTokens: ['ExclusiveStartKey'],
  outputTokens: ['LastEvaluatedKey'],
  limitKey: 'Limit',
  resultKeys: ['Items', 'Count', 'ScannedCount'],
  summedResultKeys: ['Count', 'ScannedCount'],
  nonAggregateKeys: ['ConsumedCapacity'],
  moreResultsKey: null,
  defaultPageSize: 1000,
  omitDefaultPageSize: true,
  minPageSize: 1,
  columns: [
    {
      id: 'PrimaryKey',
      label: 'Key',
      type: 'text',
      get: (i) => (typeof i.PrimaryKey === 'string' ? i.PrimaryKey : null),
    },
    { id: 'Attributes', label: 'Attributes', type: 'number', get: (i) => Object.keys(i).length },
    { id: 'Item', label: 'Item', type: 'text', get: (i) => JSON.stringify(i) },
  ],
  summaryBy: ['Attributes'],
  baseInput: (p) => ({ TableName: p.tableName }),
  target: (p) => p.tableName ?? null,
  send: async (client, input, signal) => {
    const { ScanCommand } = await loadSdk('dynamodb');
    const [keys, page] = await Promise.all([
      keyNames(client, input.TableName!, signal),
      client.send(new ScanCommand(input), { abortSignal: signal }),
    ]);
    Object.defineProperty(page, KEY_NAMES, { value: keys, enumerable: false });
    return page;
  },
  items: (page: RawPage) => {
    const keys = (page as { [KEY_NAMES]?: string[] })[KEY_NAMES] ?? [];
    return asArray(page.Items).map((raw) => itemOf(raw, keys));
  },
};
