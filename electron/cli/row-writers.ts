import type { Column, Row } from '../../shared/contract';
import { CsvEncoder } from '../csv/csv-encoder';
import { UsageError } from './usage-error';

export const outputFormats = ['csv', 'jsonl', 'json', 'text'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** Turns batches of rows into the text of one output format, chunk by chunk. */
export interface RowWriter {
  write(columns: readonly Column[], rows: readonly Row[]): string;
  end(): string;
}

const objectOf = (columns: readonly Column[], row: Row): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  columns.forEach((c, i) => (out[c.id] = row[i]));
  return out;
};

const jsonl = (): RowWriter => ({
  write: (columns, rows) => rows.map((r) => `${JSON.stringify(objectOf(columns, r))}\n`).join(''),
  end: () => '',
});

// One JSON array, still written as rows arrive rather than built in memory.
const json = (): RowWriter => {
  let count = 0;
  return {
    write: (columns, rows) =>
      rows
        .map((r) => `${count++ === 0 ? '[\n' : ',\n'}  ${JSON.stringify(objectOf(columns, r))}`)
        .join(''),
    end: () => (count === 0 ? '[]\n' : '\n]\n'),
  };
};

// Like the AWS CLI's text output: tab-separated cells, None for a missing value.
const text = (): RowWriter => ({
  write: (_columns, rows) =>
    rows.map((r) => `${r.map((c) => (c === null ? 'None' : String(c))).join('\t')}\n`).join(''),
  end: () => '',
});

// The CLI's CSV is data for other programs: no BOM and no formula guard (exports add those).
const csv = (): RowWriter => {
  const encoder = new CsvEncoder({ header: true, delimiter: ',', bom: false, formulaGuard: false });
  return { write: (columns, rows) => encoder.encode(columns, rows), end: () => '' };
};

export const createRowWriter = (format: string): RowWriter => {
  switch (format) {
    case 'csv':
      return csv();
    case 'jsonl':
      return jsonl();
    case 'json':
      return json();
    case 'text':
      return text();
    default:
      throw new UsageError(
        `--output must be one of ${outputFormats.join(', ')}, not ${JSON.stringify(format)}.`,
      );
  }
};
