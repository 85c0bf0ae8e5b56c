import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, Column, Row } from '../../../../shared/contract';
import { CsvEncoder } from '../../../../shared/csv/csv-encoder';

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

  it('writes the header the caller names: the grid’s labels for an export, quoted as needed', () => {
    const labelled: Column[] = [
      ...columns,
      { id: 'tag:cost, center', label: 'cost, center', type: 'text' },
    ];
    const csv = new CsvEncoder(all, (column) => column.label).encode(labelled, []);
    expect(csv).toBe('Key,Size,Last modified,Latest,"cost, center"\r\n');
    const typed: Column[] = [{ id: 'path:VpcId', label: '=HYPERLINK("x")', type: 'text' }];
    expect(new CsvEncoder(all, (column) => column.label).encode(typed, [])).toBe(
      `"'=HYPERLINK(""x"")"\r\n`,
    );
  });

  it('writes exactly what csv-stringify writes, for any cells', () => {
    // Text made of the characters that matter to CSV, plus anything else.
    const special = fc.constantFrom(
      ',',
      '\t',
      '"',
      '\r',
      '\n',
      '\r\n',
      ' ',
      "'",
      '=',
      '-',
      'é',
      '🙂',
    );
    const text = fc
      .array(fc.oneof(special, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 6 })
      .map((parts) => parts.join(''));
    const cell: fc.Arbitrary<Cell> = fc.oneof(
      text,
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const rowsOf = fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 8 });
    fc.assert(
      fc.property(rowsOf, fc.constantFrom(',' as const, '\t' as const), (generated, delimiter) => {
        const options = { header: true, delimiter, bom: false, formulaGuard: false };
        const ours = new CsvEncoder(options).encode(columns, generated);
        const theirs = stringify([columns.map((c) => c.id), ...generated], {
          delimiter,
          record_delimiter: 'windows',
          // A lone CR or LF also ends a record for most readers: quoted too (RFC 4180 §2.6).
          quoted_match: /[\r\n]/,
          cast: { boolean: (value: boolean) => String(value) },
        });
        expect(ours).toBe(theirs);
        const back = parse(ours, { delimiter }) as string[][];
        expect(back.slice(1)).toEqual(
          generated.map((row) => row.map((c) => (c === null ? '' : String(c)))),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('gives as bytes exactly the UTF-8 of its text, batch after batch', () => {
    const wide = fc.constantFrom('é', '€', '🙂', '"=').map((c) => c.repeat(700));
    const cell: fc.Arbitrary<Cell> = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      wide,
      fc.integer(),
      fc.constant(null),
    );
    const batches = fc.array(fc.array(fc.array(cell, { minLength: 4, maxLength: 4 })), {
      maxLength: 4,
    });
    fc.assert(
      fc.property(batches, fc.boolean(), (generated, bom) => {
        const options = { header: true, delimiter: ',' as const, bom, formulaGuard: true };
        const text = new CsvEncoder(options);
        const bytes = new CsvEncoder(options);
        for (const batch of generated) {
          const expected = Buffer.from(text.encode(columns, batch), 'utf8').toString('base64');
          expect(Buffer.from(bytes.encodeBytes(columns, batch)).toString('base64')).toBe(expected);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same bytes for batches of many rows, wider or narrower than the last', () => {
    const options = { header: true, delimiter: ',' as const, bom: false, formulaGuard: true };
    const text = new CsvEncoder(options);
    const bytes = new CsvEncoder(options);
    const batch = (width: number): Row[] =>
      Array.from({ length: 700 }, (_, i) => [
        `k${i}`.repeat(width),
        i,
        i % 7 ? null : '-x,"é"',
        true,
      ]);
    for (const generated of [batch(1), batch(40), batch(2)]) {
      const expected = Buffer.from(text.encode(columns, generated), 'utf8').toString('base64');
      expect(Buffer.from(bytes.encodeBytes(columns, generated)).toString('base64')).toBe(expected);
    }
  });
});
