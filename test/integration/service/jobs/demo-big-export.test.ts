import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportStart, ViewSpecInput } from '../../../../shared/contract';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { createExportHarness, PROFILE, useEndpointProfile } from './export-harness';
import { engineRows } from './engine-rows';

const KEYS = 200_000;
const spec: ViewSpecInput = {
  profile: PROFILE,
  region: 'us-east-1',
  resource: 's3-objects',
  params: { bucket: 'demo-big' },
};
// The formula guard is off here so that every cell must equal the engine's value exactly.
const plainOptions = {
  header: true,
  delimiter: ',',
  bom: false,
  formulaGuard: false,
} satisfies ExportStart['options'];

let endpoint: RunningEndpoint;
let saveDir: string;
let harness: ReturnType<typeof createExportHarness>;
let faultFree: Buffer;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 11, objects: KEYS });
  useEndpointProfile(endpoint.url);
  saveDir = mkdtempSync(join(tmpdir(), 'pagescope-export-big-'));
  harness = createExportHarness(saveDir);
});
afterAll(() => endpoint.stop());

const filesIn = () => readdirSync(saveDir).sort();

describe('exporting demo-big (200k keys)', () => {
  it("writes a file whose rows equal the engine's listing", async () => {
    const { started, finished } = await harness.run({
      jobId: 'big-1',
      spec,
      fileName: 'big.csv',
      options: plainOptions,
    });
    expect(started).toEqual({ jobId: 'big-1', downloadUrl: null, path: join(saveDir, 'big.csv') });
    expect(finished).toMatchObject({
      status: 'done',
      rows: KEYS,
      path: join(saveDir, 'big.csv'),
      error: null,
    });
    faultFree = readFileSync(join(saveDir, 'big.csv'));
    expect(finished.bytes).toBe(faultFree.length);
    const [header, ...rows] = parse(faultFree, { relaxQuotes: false }) as string[][];
    expect(header).toEqual(['Key', 'Size', 'Last modified', 'Storage class', 'ETag']);
    expect(rows).toHaveLength(KEYS);
    expect(rows).toEqual(await engineRows(spec));
    expect(filesIn()).toEqual(['big.csv']);
  });

  it('is byte-identical under a 5% fault rate', async () => {
    endpoint.setFaultRate(0.05);
    const before = endpoint.requests().length;
    try {
      const { finished } = await harness.run({
        jobId: 'big-faults',
        spec,
        fileName: 'big-faults.csv',
        options: plainOptions,
      });
      expect(finished.status).toBe('done');
    } finally {
      endpoint.setFaultRate(0);
    }
    const faulted = endpoint
      .requests()
      .slice(before)
      .filter((r) => r.status !== 200);
    expect(faulted.length).toBeGreaterThan(0);
    expect(readFileSync(join(saveDir, 'big-faults.csv')).equals(faultFree)).toBe(true);
  });

  it('cancelled at 50% leaves neither the target nor the partial file', async () => {
    let cancelledAt = 0;
    const { finished } = await harness.run(
      { jobId: 'big-cancel', spec, fileName: 'big-cancel.csv' },
      (p) => {
        if (cancelledAt === 0 && p.rows >= KEYS / 2) {
          cancelledAt = p.rows;
          void harness.call('export.cancel', { jobId: 'big-cancel' });
        }
      },
    );
    expect(cancelledAt).toBeGreaterThanOrEqual(KEYS / 2);
    expect(finished).toMatchObject({ status: 'cancelled', path: null });
    expect(finished.rows).toBeLessThan(KEYS);
    expect(existsSync(join(saveDir, 'big-cancel.csv'))).toBe(false);
    expect(readdirSync(saveDir).filter((name) => name.startsWith('big-cancel.csv'))).toEqual([]);
  });

  it('a permanent failure mid-way (AccessDenied) leaves no file and says what was exported', async () => {
    endpoint.script({
      bucket: 'demo-big',
      operation: 'ListObjectsV2',
      nth: 100,
      fault: 'AccessDenied',
    });
    const { finished } = await harness.run({
      jobId: 'big-denied',
      spec,
      fileName: 'big-denied.csv',
    });
    expect(finished).toMatchObject({
      status: 'failed',
      path: null,
      error: { code: 'ACCESS_DENIED' },
    });
    // 99 requests succeeded before the denied one. Partitions are listed in parallel, so the
    // rows written before it are the ordered prefix that was complete by then: some, not all.
    expect(finished.rows).toBeGreaterThan(0);
    expect(finished.rows).toBeLessThan(KEYS);
    expect(finished.error?.message).toMatch(/denied/i);
    expect(existsSync(join(saveDir, 'big-denied.csv'))).toBe(false);
    expect(readdirSync(saveDir).filter((name) => name.startsWith('big-denied.csv'))).toEqual([]);
    expect(filesIn()).toEqual(['big-faults.csv', 'big.csv']);
  });
});
