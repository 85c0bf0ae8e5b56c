import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewSpecInput } from '../../../../shared/contract';
import { EDGE_KEYS } from '../../../../electron/endpoint/data/demo-edge';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { createExportHarness, PROFILE, useEndpointProfile } from './export-harness';
import { engineRows } from './engine-rows';

const spec: ViewSpecInput = {
  profile: PROFILE,
  region: 'us-east-1',
  resource: 's3-objects',
  params: { bucket: 'demo-edge' },
};
// OWASP's list: a spreadsheet runs a cell starting with one of these as a formula.
const formulaLike = (text: string) => /^[=+\-@\t\r]/.test(text);

let endpoint: RunningEndpoint;
let saveDir: string;
let harness: ReturnType<typeof createExportHarness>;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 5, objects: 10 });
  useEndpointProfile(endpoint.url);
  saveDir = mkdtempSync(join(tmpdir(), 'pagescope-export-edge-'));
  harness = createExportHarness(saveDir);
});
afterAll(() => endpoint.stop());

describe('exporting demo-edge', () => {
  it('round-trips through csv-parse with every key intact and formula-like cells guarded', async () => {
    const { finished } = await harness.run({ jobId: 'edge', spec, fileName: 'edge.csv' });
    expect(finished).toMatchObject({ status: 'done', rows: EDGE_KEYS.length });
    const text = readFileSync(join(saveDir, 'edge.csv'), 'utf8');
    expect(text.startsWith('\ufeff')).toBe(false);
    const [header, ...rows] = parse(text) as string[][];
    expect(header).toEqual(['Key', 'Size', 'Last modified', 'Storage class', 'ETag']);
    const keys = rows.map((r) => r[0]!);
    const unguard = (cell: string) =>
      cell.startsWith("'") && formulaLike(cell.slice(1)) ? cell.slice(1) : cell;
    expect([...keys.map(unguard)].sort()).toEqual([...EDGE_KEYS].sort());
    for (const key of EDGE_KEYS.filter(formulaLike)) expect(keys).toContain(`'${key}`);
    expect(keys.filter(formulaLike)).toEqual([]);
    // Every other cell is the engine's value exactly: sizes in bytes, dates in ISO 8601 UTC.
    const expected = (await engineRows(spec)).map((r) =>
      r.map((cell) => (formulaLike(cell) ? `'${cell}` : cell)),
    );
    expect(rows).toEqual(expected);
    for (const row of rows) {
      if (row[0]!.endsWith('/') && row[1] === '') continue;
      expect(row[1]).toMatch(/^\d+$/);
      expect(row[2]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
  });

  it("reads back the same in Python's csv module (the excel dialect)", async () => {
    await harness.run({ jobId: 'edge-py', spec, fileName: 'edge-py.csv' });
    const read =
      "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))";
    const { stdout } = await promisify(execFile)('/usr/bin/python3', [
      '-c',
      read,
      join(saveDir, 'edge-py.csv'),
    ]);
    const parsed = JSON.parse(stdout) as string[][];
    expect(parsed).toEqual(parse(readFileSync(join(saveDir, 'edge-py.csv'))) as string[][]);
    expect(parsed).toHaveLength(EDGE_KEYS.length + 1);
  });

  it('quotes keys with commas, quotes and newlines (RFC 4180, CRLF records)', async () => {
    await harness.run({ jobId: 'edge-raw', spec, fileName: 'edge-raw.csv' });
    const text = readFileSync(join(saveDir, 'edge-raw.csv'), 'utf8');
    expect(text).toContain('"comma,separated,name.csv"');
    expect(text).toContain('"""double quoted"".txt"');
    expect(text).toContain('"line1\nline2.txt"');
    expect(text.split('\r\n')).toHaveLength(EDGE_KEYS.length + 2);
  });

  it('writes tab-separated with a BOM and no header, without the guard when it is off', async () => {
    const { finished } = await harness.run({
      jobId: 'edge-tsv',
      spec,
      fileName: 'edge.tsv',
      columns: ['Size', 'Key'],
      options: { header: false, delimiter: '\t', bom: true, formulaGuard: false },
    });
    expect(finished.status).toBe('done');
    const text = readFileSync(join(saveDir, 'edge.tsv'), 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = parse(text, { bom: true, delimiter: '\t' }) as string[][];
    expect(rows.map((r) => r[1]).sort()).toEqual([...EDGE_KEYS].sort());
    expect(rows.every((r) => r.length === 2 && (r[0] === '' || /^\d+$/.test(r[0]!)))).toBe(true);
  });

  it('exports only the selected keys, or only the first loaded rows', async () => {
    const chosen = ['café/menu.txt', '=SUM(A1:A2).csv', 'line1\nline2.txt'];
    await harness.run({
      jobId: 'edge-sel',
      spec,
      fileName: 'sel.csv',
      scope: { kind: 'selected', keys: chosen },
      columns: ['Key'],
    });
    const selected = parse(readFileSync(join(saveDir, 'sel.csv'))) as string[][];
    expect(
      selected
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(["'=SUM(A1:A2).csv", 'café/menu.txt', 'line1\nline2.txt'].sort());
    await harness.run({
      jobId: 'edge-first',
      spec,
      fileName: 'first.csv',
      scope: { kind: 'loaded', count: 4 },
    });
    const first = parse(readFileSync(join(saveDir, 'first.csv'))) as string[][];
    expect(first.slice(1)).toEqual(
      (await engineRows(spec)).slice(0, 4).map((r) => r.map((c) => (formulaLike(c) ? `'${c}` : c))),
    );
  });

  it('refuses a column the view does not have, before writing anything', async () => {
    const { finished } = await harness.run({
      jobId: 'edge-bad',
      spec,
      fileName: 'bad.csv',
      columns: ['Key', 'Colour'],
    });
    expect(finished).toMatchObject({ status: 'failed', error: { code: 'BAD_REQUEST' } });
    expect(finished.error?.message).toContain('Colour');
  });
});
