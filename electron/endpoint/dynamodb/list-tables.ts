import type { DemoTable } from '../data/dynamodb-tables';
import type { JsonInput } from '../json/json-input';

/**
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html
 * Names in order after `ExclusiveStartTableName`, `Limit` 1..100 (default 100);
 * `LastEvaluatedTableName` whenever the page is full and names remain.
 */
export const listTables = (input: JsonInput, tables: DemoTable[]) => {
  const after = input.string('ExclusiveStartTableName');
  const limit = input.integer('Limit', 1, 100) ?? 100;
  const names = tables.map((t) => t.name).filter((n) => after === undefined || n > after);
  const page = names.slice(0, limit);
  return {
    TableNames: page,
    ...(names.length > limit ? { LastEvaluatedTableName: page.at(-1) } : {}),
  };
};
