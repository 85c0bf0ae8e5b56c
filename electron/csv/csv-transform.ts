import { Transform } from 'node:stream';
import type { Column, Row } from '../../shared/contract';
import { CsvEncoder, type CsvOptions } from './csv-encoder';

export interface CsvBatch {
  columns: readonly Column[];
  rows: readonly Row[];
}

/** A stream from row batches (object mode) to CSV text, for piping into a file or a response. */
export const createCsvTransform = (options: CsvOptions): Transform => {
  const encoder = new CsvEncoder(options);
  return new Transform({
    writableObjectMode: true,
    transform(batch: CsvBatch, _encoding, done) {
      const text = encoder.encode(batch.columns, batch.rows);
      done(null, text.length > 0 ? text : undefined);
    },
  });
};
