import type { Cell, Column, ExportOptions, Row } from '../contract';
import { guardCell } from './formula-guard';
import { Utf8Chunk } from '../text/utf8-chunk';

export type CsvOptions = Pick<ExportOptions, 'header' | 'delimiter' | 'bom' | 'formulaGuard'>;

/** The header cell of a column: its id by default (the CLI's, stable for scripts). */
export type HeaderText = (column: Column) => string;

const BOM = '\ufeff';
const RECORD_END = '\r\n';

/** Fields that must be quoted: those holding the delimiter, a quote, CR or LF (RFC 4180 §2.6). */
const needsQuotesFor = (delimiter: string): RegExp =>
  delimiter === '\t' ? /["\t\r\n]/ : /[",\r\n]/;

/**
 * One field's text as csv-stringify writes it with the settings named below: numbers and booleans as
 * String() gives them, null as an empty field, quotes doubled inside a quoted field.
 */
const fieldOf = (cell: Cell, needsQuotes: RegExp): string => {
  if (cell === null) return '';
  const text = typeof cell === 'string' ? cell : String(cell);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * Turns batches of rows into CSV text, one chunk per batch (never a whole file in memory):
 * RFC 4180 (CRLF records; fields with the delimiter, a quote, CR or LF quoted), numbers as
 * written (sizes in exact bytes), dates as the ISO 8601 UTC strings the rows already hold.
 *
 * The fields are written here rather than by csv-stringify: on the CLI's and the exports' hot
 * path its general machinery (a cast and two small arrays per field, four scans of each value)
 * took several times as long as this loop and made most of the garbage collection. The
 * output is csv-stringify's byte for byte (with `record_delimiter: 'windows'` and
 * `quoted_match: /[\r\n]/`, which it needs to quote a lone CR or LF): the unit test
 * compares the two on generated rows, and csv-parse reads every file back.
 */
export class CsvEncoder {
  private started = false;
  private readonly needsQuotes: RegExp;

  constructor(
    private readonly options: CsvOptions,
    private readonly headerText: HeaderText = (column) => column.id,
  ) {
    this.needsQuotes = needsQuotesFor(options.delimiter);
  }

  /** The CSV text of one batch: BOM and header first when this is the first batch. */
  encode(columns: readonly Column[], rows: readonly Row[]): string {
    let out = this.opening(columns);
    for (const row of rows) out += this.fields(row);
    return out;
  }

  /**
   * The same text as encode(), as UTF-8: each record is encoded into one buffer as it is made.
   * A batch's text joined into one string and then encoded costs about three times as much
   * (the joined string is a tree of thousands of pieces that the encoder must first copy flat),
   * and writing a CSV file or stdout needs the bytes anyway.
   */
  encodeBytes(columns: readonly Column[], rows: readonly Row[]): Uint8Array {
    const out = new Utf8Chunk(rows.length * 128);
    out.append(this.opening(columns));
    for (const row of rows) out.append(this.fields(row));
    return out.bytes();
  }

  private opening(columns: readonly Column[]): string {
    if (this.started) return '';
    this.started = true;
    let out = this.options.bom ? BOM : '';
    if (this.options.header) out += this.fields(columns.map(this.headerText));
    return out;
  }

  /** A record of cells; labels a user typed are guarded like any cell. */
  private fields(cells: readonly Cell[]): string {
    return this.record(this.options.formulaGuard ? cells.map(guardCell) : cells);
  }

  private record(cells: readonly Cell[]): string {
    const { delimiter } = this.options;
    let line = '';
    for (let i = 0; i < cells.length; i += 1) {
      if (i > 0) line += delimiter;
      line += fieldOf(cells[i]!, this.needsQuotes);
    }
    return line + RECORD_END;
  }
}
