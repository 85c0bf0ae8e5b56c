import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Column, Row } from '../../../../shared/contract';
import { sortListing } from '../../../../electron/engine/sort/sort-listing';

const columns: Column[] = [
  { id: 'Key', label: 'Key', type: 'text' },
  { id: 'Size', label: 'Size', type: 'bytes' },
];

async function* batchesOf(rows: Row[], size: number) {
  for (let i = 0; i < rows.length; i += size) yield { columns, rows: rows.slice(i, i + size) };
}

const sorted = async (rows: Row[], column: string, descending: boolean, memoryRows: number) => {
  const out: Row[] = [];
  for await (const batch of sortListing(batchesOf(rows, 7), { column, descending, memoryRows })) {
    out.push(...batch.rows);
  }
  return out;
};

const sortRuns = async () =>
  (await readdir(tmpdir())).filter((name) => name.startsWith('pagescope-sort-'));

describe('sortListing', () => {
  it('gives the same order in memory and through runs on disk, ties in listing order', async () => {
    const cell = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5 }));
    const key = fc.constantFrom('file-2', 'file-10', 'File-1', 'a', 'é', '');
    const rows = fc.array(fc.tuple(key, cell), { maxLength: 120 });
    const before = await sortRuns();
    await fc.assert(
      fc.asyncProperty(
        rows,
        fc.constantFrom('Key', 'Size'),
        fc.boolean(),
        fc.integer({ min: 1, max: 30 }),
        async (rows, column, descending, memoryRows) => {
          const inMemory = await sorted(rows, column, descending, 1_000);
          const onDisk = await sorted(rows, column, descending, memoryRows);
          expect(onDisk).toEqual(inMemory);
          const index = column === 'Key' ? 0 : 1;
          const filled = inMemory.filter((r) => r[index] !== null);
          // Empty cells last, in either direction.
          expect(inMemory.slice(0, filled.length)).toEqual(filled);
        },
      ),
      { seed: 20260514, numRuns: 150 },
    );
    expect(await sortRuns()).toEqual(before);
  });

  it('sorts numbers by value and text in natural order', async () => {
    const rows: Row[] = [
      ['file-10', 10],
      ['file-2', 2],
      ['file-1', null],
      ['file-100', 100],
    ];
    expect((await sorted(rows, 'Key', false, 2)).map((r) => r[0])).toEqual([
      'file-1',
      'file-2',
      'file-10',
      'file-100',
    ]);
    expect((await sorted(rows, 'Size', true, 2)).map((r) => r[1])).toEqual([100, 10, 2, null]);
  });

  it('refuses a column the view does not have, naming those it has, and leaves no file', async () => {
    const before = await sortRuns();
    await expect(sorted([['a', 1]], 'State', false, 1)).rejects.toThrow(
      `Cannot sort by "State": the view's columns are Key, Size.`,
    );
    expect(await sortRuns()).toEqual(before);
  });
});
