import { describe, expect, it } from 'vitest';
import { CsvEncoder } from '../../../../shared/csv/csv-encoder';

const columns = [
  { id: '=HYPERLINK("x")', label: 'x', type: 'text' as const },
  { id: 'Key', label: 'Key', type: 'text' as const },
];

describe('the CSV formula guard', () => {
  it('guards header cells as it guards values', () => {
    const encoder = new CsvEncoder({
      header: true,
      delimiter: ',',
      bom: false,
      formulaGuard: true,
    });
    expect(encoder.encode(columns, [['@SUM(1)', 'k']])).toBe(
      `"'=HYPERLINK(""x"")",Key\r\n'@SUM(1),k\r\n`,
    );
  });

  it('leaves both as they are when turned off', () => {
    const encoder = new CsvEncoder({
      header: true,
      delimiter: ',',
      bom: false,
      formulaGuard: false,
    });
    expect(encoder.encode(columns, [['=1', 'k']])).toBe(`"=HYPERLINK(""x"")",Key\r\n=1,k\r\n`);
  });
});
