import { UsageError } from '../usage-error';
import { cliJson, cliJsonPieces, compactJson } from './cli-json';
import { QueryCsv } from './query-csv';
import { isObject } from './python-str';

/**
 * Writes a query's result: a list element by element as it arrives (`element`, then `endList`),
 * or any other value at once (`value`, in pieces). The text of each call goes to stdout as is.
 */
export interface QueryWriter {
  element(value: unknown): string;
  endList(): string;
  value(value: unknown): Iterable<string>;
}

// The AWS CLI's json output: json.dumps(indent=4), and nothing at all for an empty object.
const json = (): QueryWriter => {
  let count = 0;
  return {
    element: (v) => `${count++ === 0 ? '[\n    ' : ',\n    '}${cliJson(v, 1)}`,
    endList: () => (count === 0 ? '[]\n' : '\n]\n'),
    *value(v) {
      if (isObject(v) && Object.keys(v).length === 0) return;
      yield* cliJsonPieces(v);
      yield '\n';
    },
  };
};

// One JSON value a line: a list's elements, else the value itself.
const jsonl = (): QueryWriter => ({
  element: (v) => `${compactJson(v)}\n`,
  endList: () => '',
  value: (v) => [`${compactJson(v)}\n`],
});

const csv = (formulaGuard: boolean): QueryWriter => {
  const table = new QueryCsv(formulaGuard);
  return {
    element: (v) => table.row(v),
    endList: () => '',
    value: (v) => (v === null ? [] : [table.row(v)]),
  };
};

/** `formulaGuard` applies to csv (query-csv.ts). */
export const createQueryWriter = (format: string, formulaGuard: boolean): QueryWriter => {
  if (format === 'json') return json();
  if (format === 'jsonl') return jsonl();
  if (format === 'csv') return csv(formulaGuard);
  throw new UsageError(`--output ${format} is not one of the --query outputs.`);
};
