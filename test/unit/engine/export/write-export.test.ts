import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure, type Column, type Row } from '../../../../shared/contract';
import { createRowSelection } from '../../../../electron/engine/export/row-selection';
import {
  writeExport,
  type Counts,
  type BatchEncoder,
  type ExportBatch,
} from '../../../../electron/engine/export/write-export';

const columns: Column[] = [
  { id: 'Key', label: 'Key', type: 'text' },
  { id: 'Size', label: 'Size', type: 'bytes' },
];
// A deliberately simple encoder: these tests are about the job, not about CSV quoting.
const lines = (): BatchEncoder => {
  let started = false;
  return {
    encodeBytes(cols, rows) {
      const head = started ? '' : `${cols.map((c) => c.id).join('|')}\n`;
      started = true;
      return Buffer.from(head + rows.map((r) => `${r.join('|')}\n`).join(''));
    },
  };
};

async function* batches(count: number, size: number, fail?: { at: number; error: Error }) {
  for (let b = 0; b < count; b += 1) {
    if (fail && b === fail.at) throw fail.error;
    const rows: Row[] = Array.from({ length: size }, (_, i) => [`k${b * size + i}`, i]);
    yield { columns, rows, scanned: size, pages: 1 } satisfies ExportBatch;
  }
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pagescope-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (source: AsyncIterable<ExportBatch>, signal = new AbortController().signal) => {
  const progress: Counts[] = [];
  const target = join(dir, 'out.csv');
  const outcome = writeExport({
    target,
    batches: source,
    select: (view) =>
      createRowSelection(view, { columns: [], scope: { kind: 'all' }, keyColumn: 'Key' }),
    encoder: lines,
    signal,
    onProgress: (c) => progress.push(c),
  });
  return { outcome, progress, target };
};

describe('writeExport', () => {
  it('writes the header and every row, and reports growing counts', async () => {
    const { outcome, progress, target } = run(batches(3, 4));
    const result = await outcome;
    expect(result.status).toBe('done');
    const text = readFileSync(target, 'utf8');
    expect(text.split('\n')).toHaveLength(1 + 12 + 1);
    expect(text.startsWith('Key|Size\nk0|0\n')).toBe(true);
    expect(result.counts).toMatchObject({
      rows: 12,
      pages: 3,
      scanned: 12,
      bytes: Buffer.byteLength(text),
    });
    expect(progress.map((p) => p.rows)).toEqual([4, 8, 12]);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('on a failure mid-way removes the partial, writes no target, and says what was exported', async () => {
    const error = ApiFailure.of('ACCESS_DENIED', 'Access denied on demo-big.');
    const { outcome, target } = run(batches(5, 10, { at: 3, error }));
    const result = await outcome;
    expect(result).toMatchObject({
      status: 'failed',
      counts: { rows: 30 },
      error: { code: 'ACCESS_DENIED' },
    });
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('on cancel removes the partial and writes no target', async () => {
    const controller = new AbortController();
    async function* endless() {
      for (let b = 0; ; b += 1) {
        if (b === 20) controller.abort();
        yield { columns, rows: [[`k${b}`, b]], scanned: 1, pages: 1 } satisfies ExportBatch;
      }
    }
    const { outcome, target } = run(endless(), controller.signal);
    expect((await outcome).status).toBe('cancelled');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stops pulling once the scope is complete', async () => {
    let pulled = 0;
    async function* counted() {
      for await (const batch of batches(100, 10)) {
        pulled += 1;
        yield batch;
      }
    }
    const target = join(dir, 'first.csv');
    const result = await writeExport({
      target,
      batches: counted(),
      select: (view) =>
        createRowSelection(view, {
          columns: ['Key'],
          scope: { kind: 'loaded', count: 25 },
          keyColumn: 'Key',
        }),
      encoder: lines,
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    expect(result.counts.rows).toBe(25);
    expect(pulled).toBe(3);
    expect(readFileSync(target, 'utf8').trim().split('\n').at(-1)).toBe('k24');
  });

  it('fails cleanly when the target folder does not exist', async () => {
    const result = await writeExport({
      target: join(dir, 'nope', 'out.csv'),
      batches: batches(1, 1),
      select: (view) =>
        createRowSelection(view, { columns: [], scope: { kind: 'all' }, keyColumn: null }),
      encoder: lines,
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    expect(result).toMatchObject({ status: 'failed', error: { code: 'BAD_REQUEST' } });
  });
});
