import { ApiFailure, type Column, type Row } from '../../../shared/contract';
import { compareCellsAt } from '../../../shared/table/cell-order';
import { createRunFiles, type Numbered } from './sorted-run-files';

export interface SortListingOptions {
  /** The column to sort by, by id. */
  column: string;
  descending: boolean;
  /** Rows held in memory at once; past it, sorted runs go to disk and are merged. */
  memoryRows: number;
  /** Rows read so far, and whether they are being merged. */
  onProgress?(progress: { read: number; runs: number }): void;
}

export interface SortedBatch {
  columns: Column[];
  rows: Row[];
}

const OUT_BATCH = 1000;

/**
 * Every row of a listing in the grid's order of one column (empty cells last, ties in listing
 * order), with memory bounded by `memoryRows`: a listing that fits is sorted in memory; a larger
 * one is cut into sorted runs on disk, merged k ways. The runs' files are removed when the
 * sort ends, however it ends.
 */
export async function* sortListing(
  batches: AsyncIterable<{ columns: Column[]; rows: Row[] }>,
  o: SortListingOptions,
): AsyncGenerator<SortedBatch> {
  const runs = await createRunFiles();
  try {
    let columns: Column[] | null = null;
    let index = -1;
    let buffer: Numbered[] = [];
    let read = 0;
    const compare = (a: Numbered, b: Numbered) =>
      compareCellsAt(a.row[index], a.seq, b.row[index], b.seq, o.descending);
    for await (const batch of batches) {
      if (!columns) {
        columns = batch.columns;
        index = columns.findIndex((c) => c.id === o.column);
        if (index < 0) {
          const ids = columns.map((c) => c.id).join(', ');
          throw ApiFailure.of(
            'BAD_REQUEST',
            `Cannot sort by ${JSON.stringify(o.column)}: the view's columns are ${ids}.`,
          );
        }
      }
      for (const row of batch.rows) buffer.push({ seq: read++, row });
      if (buffer.length >= o.memoryRows) {
        await runs.write(buffer.sort(compare));
        buffer = [];
      }
      o.onProgress?.({ read, runs: runs.count });
    }
    if (!columns) return;
    buffer.sort(compare);
    if (runs.count === 0) {
      for (let i = 0; i < buffer.length; i += OUT_BATCH) {
        yield { columns, rows: buffer.slice(i, i + OUT_BATCH).map((n) => n.row) };
      }
      return;
    }
    if (buffer.length > 0) await runs.write(buffer);
    buffer = [];
    yield* merged(runs.readers(), compare, columns);
  } finally {
    await runs.dispose();
  }
}

/** k-way merge of sorted runs through a binary heap of each run's next row. */
async function* merged(
  readers: AsyncIterator<Numbered>[],
  compare: (a: Numbered, b: Numbered) => number,
  columns: Column[],
): AsyncGenerator<SortedBatch> {
  type Head = { value: Numbered; reader: AsyncIterator<Numbered> };
  const heap: Head[] = [];
  const less = (i: number, j: number) => compare(heap[i]!.value, heap[j]!.value) < 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      let top = i;
      if (l < heap.length && less(l, top)) top = l;
      if (l + 1 < heap.length && less(l + 1, top)) top = l + 1;
      if (top === i) return;
      swap(i, top);
      i = top;
    }
  };
  try {
    for (const reader of readers) {
      const first = await reader.next();
      if (!first.done) heap.push({ value: first.value, reader });
    }
    for (let i = (heap.length >> 1) - 1; i >= 0; i -= 1) down(i);
    let out: Row[] = [];
    while (heap.length > 0) {
      const head = heap[0]!;
      out.push(head.value.row);
      if (out.length === OUT_BATCH) {
        yield { columns, rows: out };
        out = [];
      }
      const next = await head.reader.next();
      if (next.done) {
        heap[0] = heap[heap.length - 1]!;
        heap.pop();
      } else {
        head.value = next.value;
      }
      if (heap.length > 0) down(0);
    }
    if (out.length > 0) yield { columns, rows: out };
  } finally {
    await Promise.all(readers.map((r) => r.return?.()));
  }
}
