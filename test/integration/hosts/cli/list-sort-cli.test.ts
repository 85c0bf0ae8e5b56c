import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { compareCellsAt } from '../../../../shared/table/cell-order';
import { pagescopeInProcess } from './in-process-cli';

/** More than the rows --sort-by keeps in memory, so the sort goes through runs on disk. */
const KEYS = 150_000;
let endpoint: RunningEndpoint;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 21, objects: KEYS });
  Object.assign(process.env, {
    HOME: await mkdtemp(join(tmpdir(), 'pagescope-sort-home-')),
    AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
    AWS_REGION: 'us-east-1',
  });
  delete process.env.AWS_PROFILE;
});
afterAll(() => endpoint.stop());

type Object = { Key: string; Size: number; LastModified: string };
const list = async (args: string[]): Promise<Object[]> => {
  const result = await pagescopeInProcess([
    'list',
    's3-objects',
    '--bucket',
    'demo-big',
    '--endpoint-url',
    endpoint.url,
    '--output',
    'jsonl',
    ...args,
  ]);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Object);
};

describe('pagescope list --sort-by', () => {
  it('prints every row of a listing larger than memory holds, largest first, ties in key order', async () => {
    const listed = await list([]);
    const sorted = await list(['--sort-by', 'Size', '--descending']);
    expect(sorted).toHaveLength(KEYS);
    const expected = listed
      .map((o, i) => ({ o, i }))
      .sort((a, b) => compareCellsAt(a.o.Size, a.i, b.o.Size, b.i, true))
      .map(({ o }) => o);
    expect(sorted).toEqual(expected);
    expect(sorted[0]!.Size).toBeGreaterThanOrEqual(sorted.at(-1)!.Size);
  }, 120_000);

  it('sorts what a filter keeps', async () => {
    const sorted = await list(['--filter', "contains(Key, '77')", '--sort-by', 'LastModified']);
    expect(sorted.length).toBeGreaterThan(0);
    expect(sorted.every((o) => o.Key.includes('77'))).toBe(true);
    const dates = sorted.map((o) => o.LastModified);
    expect(dates).toEqual([...dates].sort());
  });

  it('exits 2 on a column the view does not have, naming those it has', async () => {
    const result = await pagescopeInProcess([
      'list',
      's3-objects',
      '--bucket',
      'demo-big',
      '--endpoint-url',
      endpoint.url,
      '--sort-by',
      'State',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `Cannot sort by "State": the view's columns are Key, Size, LastModified, StorageClass, ETag.`,
    );
  });
});
