import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

export interface RowDiff {
  expected: number;
  got: number;
  lost: number;
  /** Rows beyond the expected ones: repeats of a key, or keys that should not be there. */
  duplicated: number;
  /** Same key, other cells. */
  changed: number;
  /** Rows whose key is not after the previous row's key (S3 order broken). */
  outOfOrder: number;
}

type Record = { key: Buffer; cells: string };

async function* records(path: string): AsyncGenerator<Record> {
  const parser = createReadStream(path).pipe(parse({ from_line: 2, relax_column_count: true }));
  for await (const row of parser as AsyncIterable<string[]>) {
    yield { key: Buffer.from(row[0] ?? '', 'utf8'), cells: row.join('\u0000') };
  }
}

/**
 * Compares two CSV listings row by row, walking both in S3's key order (UTF-8 bytes) at once,
 * so a million rows cost no memory. `expected` is a fault-free run, `actual` the one under test.
 */
export const diffListings = async (expected: string, actual: string): Promise<RowDiff> => {
  const diff: RowDiff = { expected: 0, got: 0, lost: 0, duplicated: 0, changed: 0, outOfOrder: 0 };
  const want = records(expected);
  const have = records(actual);
  let a = (await want.next()).value as Record | undefined;
  let b = (await have.next()).value as Record | undefined;
  let previous: Buffer | null = null;
  const nextA = async () => (
    (a = (await want.next()).value as Record | undefined),
    diff.expected++
  );
  const nextB = async () => {
    if (previous && b && Buffer.compare(b.key, previous) <= 0) diff.outOfOrder++;
    previous = b?.key ?? previous;
    b = (await have.next()).value as Record | undefined;
    diff.got++;
  };
  while (a || b) {
    const order = !a ? 1 : !b ? -1 : Buffer.compare(a.key, b.key);
    if (order < 0) {
      diff.lost++;
      await nextA();
    } else if (order > 0) {
      diff.duplicated++;
      await nextB();
    } else {
      if (a!.cells !== b!.cells) diff.changed++;
      await nextA();
      await nextB();
    }
  }
  return diff;
};
