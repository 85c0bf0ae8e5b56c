import type { Column, Row } from '../../../shared/contract';
import { CsvEncoder } from '../../../shared/csv/csv-encoder';
import { escapeControls } from './terminal-text';
import { UsageError } from './usage-error';

export const outputFormats = ['csv', 'jsonl', 'json', 'text'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** Turns batches of rows into the text (or its UTF-8) of one output format, chunk by chunk. */
export interface RowWriter {
  write(columns: readonly Column[], rows: readonly Row[]): string | Uint8Array;
  end(): string;
}

export interface RowWriterOptions {
  /** Output read on a terminal: control characters in values are shown escaped. */
  terminal: boolean;
  /** CSV: text cells (and header cells) a spreadsheet would run get a leading quote. */
  formulaGuard: boolean;
}

const objectOf = (columns: readonly Column[], row: Row): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  columns.forEach((c, i) => (out[c.id] = row[i]));
  return out;
};

// JSON.stringify escapes C0 controls but writes DEL and C1 controls raw; \u escapes keep it JSON.
const jsonFor = (o: RowWriterOptions): ((value: unknown) => string) =>
  o.terminal
    ? (value) =>
        JSON.stringify(value).replace(
          /[\x7f-\x9f]/g,
          (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
        )
    : (value) => JSON.stringify(value);

/** Cells as a terminal should show them: every control character escaped, tabs and lines too. */
const shownCells = (o: RowWriterOptions, row: Row): Row =>
  o.terminal ? row.map((c) => (typeof c === 'string' ? escapeControls(c, '') : c)) : row;

const jsonl = (o: RowWriterOptions): RowWriter => {
  const toJson = jsonFor(o);
  return {
    write: (columns, rows) => rows.map((r) => `${toJson(objectOf(columns, r))}\n`).join(''),
    end: () => '',
  };
};

// One JSON array, still written as rows arrive rather than built in memory.
const json = (o: RowWriterOptions): RowWriter => {
  const toJson = jsonFor(o);
  let count = 0;
  return {
    write: (columns, rows) =>
      rows.map((r) => `${count++ === 0 ? '[\n' : ',\n'}  ${toJson(objectOf(columns, r))}`).join(''),
    end: () => (count === 0 ? '[]\n' : '\n]\n'),
  };
};

// Like the AWS CLI's text output: tab-separated cells, None for a missing value.
const text = (o: RowWriterOptions): RowWriter => ({
  write: (_columns, rows) =>
    rows
      .map(
        (r) =>
          `${shownCells(o, r)
            .map((c) => (c === null ? 'None' : String(c)))
            .join('\t')}\n`,
      )
      .join(''),
  end: () => '',
});

// The CLI's CSV: no BOM (it is data for other programs too); formulas guarded as in exports,
// since `> keys.csv` is often opened in a spreadsheet.
const csv = (o: RowWriterOptions): RowWriter => {
  const encoder = new CsvEncoder({
    header: true,
    delimiter: ',',
    bom: false,
    formulaGuard: o.formulaGuard,
  });
  return {
    write: (columns, rows) =>
      o.terminal
        ? encoder.encode(
            columns,
            rows.map((r) => shownCells(o, r)),
          )
        : encoder.encodeBytes(columns, rows),
    end: () => '',
  };
};

export const createRowWriter = (format: string, options: RowWriterOptions): RowWriter => {
  switch (format) {
    case 'csv':
      return csv(options);
    case 'jsonl':
      return jsonl(options);
    case 'json':
      return json(options);
    case 'text':
      return text(options);
    default:
      throw new UsageError(
        `--output must be one of ${outputFormats.join(', ')}, not ${JSON.stringify(format)}.`,
      );
  }
};
