import type { Cell, Column, ExportOptions, Row } from '../contract';
import { cellText, fieldText, needsQuotesFor } from './csv-field';
import { Utf8Chunk } from '../text/utf8-chunk';

export type CsvOptions = Pick<ExportOptions, 'header' | 'delimiter' | 'bom' | 'formulaGuard'>;

/** The header cell of a column: its id by default (the CLI's, stable for scripts). */
export type HeaderText = (column: Column) => string;

const BOM = '\ufeff';
const RECORD_END = '\r\n';
/** Pieces joined into one text at a time: a small string, not one in V8's large-object space. */
const JOIN_PARTS = 1024;
/** A batch's buffer: the last batch's bytes per row with this much to spare, up to a bound. */
const ROOM = 1.25;
const MAX_RESERVE = 4 * 1024 * 1024;

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
  /** Bytes to reserve per row, learnt from the last batch so that a buffer rarely grows. */
  private rowBytes = 128;
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
   * The same text as encode(), as UTF-8 in one buffer. Records are kept as pieces and joined a
   * thousand pieces at a time: a record built by concatenation is a tree of pieces that the
   * encoder must first copy flat (and garbage for the collector), while a join writes the text
   * flat once. Writing a CSV file or stdout needs the bytes anyway.
   */
  encodeBytes(columns: readonly Column[], rows: readonly Row[]): Uint8Array {
    const out = new Utf8Chunk(Math.min(rows.length * this.rowBytes, MAX_RESERVE));
    out.append(this.opening(columns));
    const parts: string[] = [];
    for (const row of rows) {
      this.pushFields(parts, row);
      if (parts.length >= JOIN_PARTS) {
        out.append(parts.join(''));
        parts.length = 0;
      }
    }
    out.append(parts.join(''));
    if (rows.length > 0) this.rowBytes = Math.ceil((out.byteLength / rows.length) * ROOM);
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
    const { delimiter, formulaGuard } = this.options;
    let line = '';
    for (let i = 0; i < cells.length; i += 1) {
      if (i > 0) line += delimiter;
      line += fieldText(cellText(cells[i]!, formulaGuard), this.needsQuotes);
    }
    return line + RECORD_END;
  }

  /** fields() as pieces, so that records are joined flat rather than built by concatenation. */
  private pushFields(parts: string[], cells: readonly Cell[]): void {
    const { delimiter, formulaGuard } = this.options;
    for (let i = 0; i < cells.length; i += 1) {
      if (i > 0) parts.push(delimiter);
      parts.push(fieldText(cellText(cells[i]!, formulaGuard), this.needsQuotes));
    }
    parts.push(RECORD_END);
  }
}
