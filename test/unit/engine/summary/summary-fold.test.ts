import { describe, expect, it } from 'vitest';
import type { Column } from '../../../../shared/contract';
import { folderOf } from '../../../../electron/engine/summary/summary-fields';
import { createSummaryFold } from '../../../../electron/engine/summary/summary-fold';

const columns: Column[] = [
  { id: 'Key', label: 'Key', type: 'text' },
  { id: 'Size', label: 'Size', type: 'bytes' },
  { id: 'LastModified', label: 'Last modified', type: 'date' },
  { id: 'StorageClass', label: 'Storage class', type: 'text' },
];

describe('folderOf', () => {
  it.each([
    ['a/b/c.txt', 1, 'a/'],
    ['a/b/c.txt', 2, 'a/b/'],
    ['a/b/c.txt', 5, 'a/b/'],
    ['top.txt', 1, ''],
    ['a//x', 2, 'a//'],
    ['dir/', 1, 'dir/'],
  ])('%j at depth %i is in %j', (key, depth, folder) => {
    expect(folderOf(key, depth)).toBe(folder);
  });
});

describe('a summary folded over batches', () => {
  const fold = () =>
    createSummaryFold({ by: ['StorageClass', 'folder', 'month'], depth: 1, top: 2 }, columns);

  it('counts and sizes every group, months in calendar order, others largest first', () => {
    const f = fold();
    f.add(columns, [
      ['b/1', 10, '2024-02-01T00:00:00.000Z', 'STANDARD'],
      ['a/1', 5, '2024-01-09T00:00:00.000Z', 'GLACIER_IR'],
    ]);
    f.add(columns, [
      ['a/2', 30, '2023-12-31T23:59:59.000Z', 'STANDARD'],
      ['top', 1, '2024-01-01T00:00:00.000Z', null],
    ]);
    const s = f.result();
    expect(s.count).toBe(4);
    expect(s.totalSize).toBe(46);
    expect(s.groupings.map((g) => [g.by, g.groups.map((x) => [x.value, x.count, x.size])])).toEqual(
      [
        [
          'StorageClass',
          [
            ['STANDARD', 2, 40],
            ['GLACIER_IR', 1, 5],
            [null, 1, 1],
          ],
        ],
        [
          'folder',
          [
            ['a/', 2, 35],
            ['b/', 1, 10],
            ['', 1, 1],
          ],
        ],
        [
          'month',
          [
            ['2023-12', 1, 30],
            ['2024-01', 2, 6],
            ['2024-02', 1, 10],
          ],
        ],
      ],
    );
    expect(s.largest.map((e) => e.Key)).toEqual(['a/2', 'b/1']);
    expect(s.oldest.map((e) => e.Key)).toEqual(['a/2', 'top']);
  });

  it('refuses a grouping the columns do not have before anything is listed', () => {
    expect(() => createSummaryFold({ by: ['State'], depth: 1, top: 1 }, columns)).toThrow(
      'Cannot group by "State": this view groups by Key, StorageClass, month, folder.',
    );
  });

  it('has no total size where the rows have no size column', () => {
    const names: Column[] = [{ id: 'Name', label: 'Name', type: 'text' }];
    const f = createSummaryFold({ by: ['Name'], depth: 1, top: 3 }, names);
    f.add(names, [['x'], ['x'], ['y']]);
    const s = f.result();
    expect(s.totalSize).toBeNull();
    expect(s.largest).toEqual([]);
    expect(s.groupings[0]!.groups).toEqual([
      { value: 'x', count: 2, size: null },
      { value: 'y', count: 1, size: null },
    ]);
  });
});
