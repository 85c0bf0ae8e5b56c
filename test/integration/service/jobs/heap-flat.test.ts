import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExportHarness, PROFILE, useEndpointProfile } from './export-harness';
import { startEndpointProcess } from './endpoint-process';

const KEYS = 1_000_000;
const MB = 1024 * 1024;

// A forced full GC before each sample measures live memory, not garbage awaiting collection.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const liveHeap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

let endpoint: Awaited<ReturnType<typeof startEndpointProcess>>;
let saveDir: string;

beforeAll(async () => {
  endpoint = await startEndpointProcess(['--port', '0', '--seed', '2', '--objects', String(KEYS)]);
  useEndpointProfile(endpoint.url);
  saveDir = mkdtempSync(join(tmpdir(), 'pagescope-export-heap-'));
});
afterAll(async () => {
  await endpoint.stop();
  rmSync(saveDir, { recursive: true, force: true });
});

describe('exporting 1M keys', () => {
  it(
    'keeps the heap flat: rows stream to the file, none are held',
    { timeout: 600_000 },
    async () => {
      const harness = createExportHarness(saveDir);
      const samples: { rows: number; heap: number }[] = [];
      const { finished } = await harness.run(
        {
          jobId: 'heap',
          spec: {
            profile: PROFILE,
            region: 'us-east-1',
            resource: 's3-objects',
            params: { bucket: 'demo-big' },
          },
          fileName: 'million.csv',
        },
        // Every 20,000 rows: a full GC per progress event (4 a second) would slow the export down.
        (p) => {
          if (p.rows - (samples.at(-1)?.rows ?? 0) >= 20_000)
            samples.push({ rows: p.rows, heap: liveHeap() });
        },
      );
      expect(finished).toMatchObject({ status: 'done', rows: KEYS });
      const file = statSync(join(saveDir, 'million.csv')).size;
      expect(finished.bytes).toBe(file);
      // The baseline is taken once the SDK client, the parser and the first pages are warm.
      const warm = samples.filter((s) => s.rows >= 50_000);
      const baseline = warm[0]!.heap;
      const peak = Math.max(...warm.map((s) => s.heap));
      const last = warm.at(-1)!.heap;
      console.log(
        `heap while exporting ${KEYS} keys (${(file / MB).toFixed(0)} MB file, ${warm.length} samples): ` +
          `baseline ${(baseline / MB).toFixed(1)} MB, peak ${(peak / MB).toFixed(1)} MB, ` +
          `last ${(last / MB).toFixed(1)} MB, growth ${((peak - baseline) / MB).toFixed(1)} MB`,
      );
      // A million rows held as arrays would take hundreds of MB; one batch and the prefetched pages
      // take a few. The bound leaves room for GC timing, not for rows.
      expect(peak - baseline).toBeLessThan(32 * MB);
      expect(samples.length).toBeGreaterThan(10);
    },
  );
});
