import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Column, Row } from '../../../shared/contract';
import { CsvEncoder } from '../../../electron/csv/csv-encoder';
import { createCsvTransform } from '../../../electron/csv/csv-transform';

const columns: Column[] = [
  { id: 'Key', label: 'Key', type: 'text' },
  { id: 'Size', label: 'Size', type: 'bytes' },
  { id: 'LastModified', label: 'Last modified', type: 'date' },
  { id: 'IsLatest', label: 'Latest', type: 'bool' },
];
const rows: Row[] = [
  ['a,b.txt', 123456789012, '2024-01-01T00:00:00.000Z', true],
  ['say "hi"\r\nnext line', 0, null, false],
  ['=HYPERLINK("x")', -5, '2024-01-02T00:00:00.000Z', null],
  ['+1', 1, '@x', null],
  ['-2', 2, '\tx', null],
];

const all = { header: true, delimiter: ',' as const, bom: false, formulaGuard: true };

describe('CSV encoder', () => {
  it('writes RFC 4180 that a CSV parser reads back to the same cells', () => {
    const csv = new CsvEncoder({ ...all, formulaGuard: false }).encode(columns, rows);
    expect(csv.endsWith('\r\n')).toBe(true);
    const back = parse(csv, { columns: false, relax_column_count: false }) as string[][];
    expect(back[0]).toEqual(['Key', 'Size', 'LastModified', 'IsLatest']);
    expect(back[1]).toEqual(['a,b.txt', '123456789012', '2024-01-01T00:00:00.000Z', 'true']);
    expect(back[2]).toEqual(['say "hi"\r\nnext line', '0', '', 'false']);
  });

  it('guards text cells that start a formula and leaves numbers alone', () => {
    const back = parse(new CsvEncoder(all).encode(columns, rows)) as string[][];
    expect(back[3]).toEqual(['\'=HYPERLINK("x")', '-5', '2024-01-02T00:00:00.000Z', '']);
    expect(back[4]).toEqual(["'+1", '1', "'@x", '']);
    expect(back[5]).toEqual(["'-2", '2', "'\tx", '']);
  });

  it('writes the BOM and header once, with a tab delimiter when asked', () => {
    const encoder = new CsvEncoder({
      header: true,
      delimiter: '\t',
      bom: true,
      formulaGuard: false,
    });
    const first = encoder.encode(columns, rows.slice(0, 1));
    const second = encoder.encode(columns, rows.slice(1, 2));
    expect(first.startsWith('\ufeffKey\tSize\tLastModified\tIsLatest\r\n')).toBe(true);
    expect(second.startsWith('"say')).toBe(true);
  });

  it('streams batches through a Transform', async () => {
    const batches = [
      { columns, rows: rows.slice(0, 2) },
      { columns, rows: [] },
      { columns, rows: rows.slice(2) },
    ];
    const csv = await text(Readable.from(batches).pipe(createCsvTransform(all)));
    expect(parse(csv)).toHaveLength(6);
  });
});
