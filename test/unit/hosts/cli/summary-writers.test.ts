import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../../shared/contract';
import { writeSummary } from '../../../../electron/hosts/cli/summary-writers';

const summary: Summary = {
  count: 3,
  totalSize: 2048,
  groupings: [
    {
      by: 'folder',
      label: 'Folder (depth 1)',
      groups: [
        { value: '=cmd|calc/', count: 2, size: 2000 },
        { value: '', count: 1, size: 48 },
      ],
    },
  ],
  largest: [{ Key: '=cmd|calc/x', Size: 1500 }],
  oldest: [],
  entryColumns: ['Key', 'Size'],
};

describe('summary output', () => {
  it('csv: the total first, one row per group, formula-like text guarded', () => {
    expect(writeSummary('csv', summary)).toBe(
      "group,value,count,size\r\ntotal,,3,2048\r\nfolder,'=cmd|calc/,2,2000\r\nfolder,,1,48\r\n",
    );
  });

  it('text: totals with a readable size, aligned groups, the top level named', () => {
    expect(writeSummary('text', summary)).toBe(
      [
        'Total rows: 3',
        'Total size: 2048 (2 KB)',
        '',
        '  Folder (depth 1)  Count  Bytes      Size',
        '  =cmd|calc/            2   2000      2 KB',
        '  (top level)           1     48  48 bytes',
        '',
        'Largest 1',
        '  Key          Size',
        '  =cmd|calc/x  1500',
        '',
      ].join('\n'),
    );
  });
});
