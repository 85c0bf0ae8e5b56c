import type { DemoItem, DemoTable } from '../data/dynamodb-tables';
import type { JsonInput } from '../json/json-input';
import { validation } from './dynamodb-errors';
import { itemSize } from './item-size';

/** "A single Scan operation reads up to ... a maximum of 1 MB of data." */
const MAX_READ_BYTES = 1_048_576;

// Reading them wrongly would list other items than DynamoDB does; they are refused instead.
const UNSUPPORTED = [
  'FilterExpression',
  'ProjectionExpression',
  'ScanFilter',
  'ConditionalOperator',
  'AttributesToGet',
  'ExpressionAttributeNames',
  'ExpressionAttributeValues',
  'IndexName',
  'Segment',
  'TotalSegments',
];

const keyOf = (table: DemoTable, item: DemoItem): DemoItem =>
  Object.fromEntries(table.key.map((k) => [k.name, item[k.name]!]));

const startIndex = (table: DemoTable, start: Record<string, unknown> | undefined): number => {
  if (start === undefined) return 0;
  const index = table.indexOfKey(start as DemoItem);
  if (index === null) {
    throw validation(
      'The provided starting key is invalid: The provided key element does not match the schema',
    );
  }
  return index + 1;
};

const capacity = (table: DemoTable, mode: string, bytes: number, consistent: boolean) => {
  const units = Math.max(1, Math.ceil(bytes / 4096)) * (consistent ? 1 : 0.5);
  if (mode === 'TOTAL')
    return { ConsumedCapacity: { TableName: table.name, CapacityUnits: units } };
  if (mode === 'INDEXES') {
    return {
      ConsumedCapacity: {
        TableName: table.name,
        CapacityUnits: units,
        Table: { CapacityUnits: units },
      },
    };
  }
  return {};
};

/**
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Scan.html
 * Items in the table's order after `ExclusiveStartKey`; a page ends at `Limit` items or once 1 MB
 * of items was read, whichever comes first, and then carries `LastEvaluatedKey` (also when Limit
 * ends it exactly at the last item, as DynamoDB does: the next page is empty).
 */
export const scan = (input: JsonInput, table: DemoTable) => {
  const refused = UNSUPPORTED.find((name) => input.has(name));
  if (refused) throw validation(`${refused} is not supported by the PageScope demo endpoint.`);
  const select = input.string('Select') ?? 'ALL_ATTRIBUTES';
  if (select !== 'ALL_ATTRIBUTES')
    throw validation(`Select ${select} is not supported by the PageScope demo endpoint.`);
  const limit = input.integer('Limit', 1, 2 ** 31 - 1);
  const consistent = input.boolean('ConsistentRead') ?? false;
  const mode = input.string('ReturnConsumedCapacity') ?? 'NONE';
  if (!['NONE', 'TOTAL', 'INDEXES'].includes(mode)) {
    throw input.invalid(
      'ReturnConsumedCapacity',
      mode,
      'Member must satisfy enum value set: [INDEXES, TOTAL, NONE]',
    );
  }
  let i = startIndex(table, input.object('ExclusiveStartKey'));
  const items: DemoItem[] = [];
  let bytes = 0;
  while (
    i < table.count &&
    (limit === undefined || items.length < limit) &&
    bytes < MAX_READ_BYTES
  ) {
    const item = table.item(i);
    bytes += itemSize(item);
    items.push(item);
    i += 1;
  }
  const stopped = items.length > 0 && (i < table.count || items.length === limit);
  return {
    Items: items,
    Count: items.length,
    ScannedCount: items.length,
    ...(stopped ? { LastEvaluatedKey: keyOf(table, items.at(-1)!) } : {}),
    ...capacity(table, mode, bytes, consistent),
  };
};
