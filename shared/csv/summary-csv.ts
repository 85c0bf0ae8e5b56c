import type { Summary } from '../contract';
import { CsvEncoder } from './csv-encoder';

/**
 * A summary for spreadsheets: one row per group under its grouping, the total first. Text that
 * a spreadsheet would run as a formula (a key such as =cmd|…) is guarded, as in exports. The
 * CLI's `summarize --output csv` and the Summary panel's Export CSV both write this.
 */
export const summaryCsv = (s: Summary): string => {
  const encoder = new CsvEncoder({ header: true, delimiter: ',', bom: false, formulaGuard: true });
  const columns = (['group', 'value', 'count', 'size'] as const).map((id) => ({
    id,
    label: id,
    type: 'text' as const,
  }));
  return encoder.encode(columns, [
    ['total', null, s.count, s.totalSize],
    ...s.groupings.flatMap((g) => g.groups.map((x) => [g.by, x.value, x.count, x.size])),
  ]);
};
