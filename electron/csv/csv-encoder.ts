import { stringify } from 'csv-stringify/sync';
import type { Column, ExportOptions, Row } from '../../shared/contract';
import { guardCell } from './formula-guard';

export type CsvOptions = Pick<ExportOptions, 'header' | 'delimiter' | 'bom' | 'formulaGuard'>;

const BOM = '\ufeff';

/**
 * Turns batches of rows into CSV text, one chunk per batch (never a whole file in memory):
 * RFC 4180 (CRLF records; fields with the delimiter, a quote, CR or LF quoted), numbers as
 * written (sizes in exact bytes), dates as the ISO 8601 UTC strings the rows already hold.
 */
export class CsvEncoder {
  private started = false;
  private readonly settings: Parameters<typeof stringify>[1];

  constructor(private readonly options: CsvOptions) {
    this.settings = {
      delimiter: options.delimiter,
      record_delimiter: 'windows',
      quoted_match: /[\r\n]/,
      cast: { boolean: (value: boolean) => String(value) },
    };
  }

  /** The CSV text of one batch: BOM and header first when this is the first batch. */
  encode(columns: readonly Column[], rows: readonly Row[]): string {
    let out = '';
    if (!this.started) {
      this.started = true;
      if (this.options.bom) out += BOM;
      if (this.options.header) out += stringify([columns.map((c) => c.id)], this.settings);
    }
    if (rows.length === 0) return out;
    const records = this.options.formulaGuard ? rows.map((row) => row.map(guardCell)) : rows;
    return out + stringify(records as Row[], this.settings);
  }
}
