import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../../electron/hosts/cli/cli-io';
import { listCommand } from '../../../../../electron/hosts/cli/list-command';
import { startEndpoint, type RunningEndpoint } from '../../../../../electron/endpoint/server';
import { collect, useLocalProfile } from '../engine-harness';
import { itKeepsTheSequentialListing } from '../parallel-listing-checks';

const KEYS = 50_000;
const bigSpec = {
  profile: 'local',
  region: 'us-east-1',
  resource: 's3-objects',
  params: { bucket: 'demo-big' },
};
const parallel = { parallel: 16, retry: { attempts: 10, baseMs: 5, capMs: 50 } };

let endpoint: RunningEndpoint;
let sequentialRows: unknown[][];

beforeAll(async () => {
  endpoint = await startEndpoint({ seed: 5, objects: KEYS });
  await useLocalProfile(endpoint.url);
  sequentialRows = (await collect(bigSpec)).rows;
});
afterAll(() => endpoint.stop());

/**
 * The engine's listRows with `parallel`: the rows a user gets (CLI, export) are exactly those of
 * the sequential listing, and MaxItems with resume tokens still splits it without loss.
 */
describe('listRows with parallel partitions', () => {
  it('gives the very rows of the sequential listing, in the same order', async () => {
    expect(sequentialRows).toHaveLength(KEYS);
    const before = endpoint.requests().length;
    const run = await collect(bigSpec, parallel);
    expect(run.rows).toEqual(sequentialRows);
    expect(run.resumeToken).toBeNull();
    // The sequential listing is 50 requests; the partitioned one adds its discovery of folders.
    expect(endpoint.requests().length - before).toBeGreaterThan(KEYS / 1000 + 10);
  });

  itKeepsTheSequentialListing({
    spec: bigSpec,
    rows: KEYS,
    parallel,
    endpoint: () => endpoint,
    sequentialRows: () => sequentialRows,
    seed: 99,
    maxItems: { least: 3_000, spread: 20_000 },
  });
});

describe('pagescope list --parallel', () => {
  const capture = () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const text = { stdout: '', stderr: '' };
    stdout.on('data', (chunk: Buffer) => (text.stdout += chunk.toString()));
    stderr.on('data', (chunk: Buffer) => (text.stderr += chunk.toString()));
    const io: CliIo = { stdout, stderr, signal: new AbortController().signal };
    return { io, text };
  };
  const view = ['s3-objects', '--profile', 'local', '--bucket', 'demo-big', '--output', 'csv'];

  it('prints the same CSV as the sequential listing', async () => {
    const sequential = capture();
    expect(await listCommand(view, sequential.io)).toBe(0);
    const partitioned = capture();
    expect(await listCommand([...view, '--parallel', '16'], partitioned.io)).toBe(0);
    expect(partitioned.text.stdout).toBe(sequential.text.stdout);
    expect(partitioned.text.stdout.split('\r\n')).toHaveLength(KEYS + 2);
  });

  it('rejects a --parallel that is not a whole number from 1 to 64', async () => {
    for (const bad of ['0', '65', 'x']) {
      const run = capture();
      await expect(listCommand([...view, '--parallel', bad], run.io)).rejects.toThrow(/--parallel/);
    }
  });
});
