import { CsvEncoder } from '../../../../shared/csv/csv-encoder';
import { UsageError } from '../usage-error';
import { cliTimestamp } from '../../../engine/filter/cli-timestamp';
import { compactJson } from './cli-json';
import { pythonNumber } from '../../../../shared/jmespath/python-json';
import { isObject } from './python-str';
import type { Cell } from '../../../../shared/contract';

type Shape = 'object' | 'list' | 'scalar';

const shapeOf = (v: unknown): Shape =>
  isObject(v) ? 'object' : Array.isArray(v) ? 'list' : 'scalar';

const article = (shape: Shape): string => (shape === 'object' ? 'an object' : `a ${shape}`);

const cell = (v: unknown): Cell => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return pythonNumber(v);
  if (v instanceof Date) return cliTimestamp(v);
  return compactJson(v);
};

/**
 * A query's list result as CSV rows: objects under a header of the first object's keys (a
 * multi-select like `[].{Key: Key, Size: Size}` names the columns), lists as rows of cells,
 * scalars as one-cell rows; nested values as compact JSON, null as an empty field. Every element
 * must have the first one's shape, and an object no key the header lacks: a CSV file cannot
 * change its columns halfway.
 */
export class QueryCsv {
  private readonly encoder: CsvEncoder;
  private shape: Shape | null = null;
  private header: string[] = [];
  private count = 0;

  /** `formulaGuard`: text (header keys included) a spreadsheet would run gets a leading '. */
  constructor(formulaGuard: boolean) {
    this.encoder = new CsvEncoder({ header: false, delimiter: ',', bom: false, formulaGuard });
  }

  row(value: unknown): string {
    const shape = shapeOf(value);
    let out = '';
    if (this.shape === null) {
      this.shape = shape;
      if (isObject(value)) {
        this.header = Object.keys(value);
        out += this.encoder.encode([], [this.header]);
      }
    } else if (shape !== this.shape) {
      throw this.refuse(`is ${article(shape)} where the first was ${article(this.shape)}`);
    }
    this.count += 1;
    if (isObject(value)) {
      const extra = Object.keys(value).find((k) => !this.header.includes(k));
      if (extra !== undefined)
        throw this.refuse(`has the key ${JSON.stringify(extra)} the header lacks`);
      return out + this.encoder.encode([], [this.header.map((k) => cell(value[k]))]);
    }
    return out + this.encoder.encode([], [Array.isArray(value) ? value.map(cell) : [cell(value)]]);
  }

  private refuse(why: string): UsageError {
    return new UsageError(
      `CSV output: result ${this.count + 1} ${why}. Select the columns with a multi-select ` +
        '(for example [].{Key: Key, Size: Size}) or use --output json or jsonl.',
    );
  }
}
