import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewSpecInput } from '../../../../shared/contract';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { createExportHarness, PROFILE, useEndpointProfile } from './export-harness';

const spec: ViewSpecInput = {
  profile: PROFILE,
  region: 'us-east-1',
  resource: 'ec2-instances',
  columns: [{ expression: 'tag:team' }, { expression: 'VpcId', label: 'VPC' }],
};

let endpoint: RunningEndpoint;
let saveDir: string;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 3, objects: 10 });
  useEndpointProfile(endpoint.url);
  saveDir = mkdtempSync(join(tmpdir(), 'pagescope-export-columns-'));
});
afterAll(() => endpoint.stop());

const exported = async (jobId: string, input: ViewSpecInput, columns: string[] = []) => {
  const harness = createExportHarness(saveDir);
  const { finished } = await harness.run({ jobId, spec: input, columns, fileName: `${jobId}.csv` });
  expect(finished.status).toBe('done');
  return parse(readFileSync(join(saveDir, `${jobId}.csv`))) as string[][];
};

describe('export of a view with added columns', () => {
  it('writes the grid’s labels in the header row, added columns included', async () => {
    const [header, ...rows] = await exported('labels', spec);
    expect(header).toEqual([
      'Instance ID',
      'Name',
      'State',
      'Type',
      'AZ',
      'Private IP',
      'Public IP',
      'Launched',
      'Tags',
      'team',
      'VPC',
    ]);
    expect(rows.length).toBeGreaterThan(10);
    // The tag column holds what the Tags column says of the same instance.
    for (const row of rows) {
      const tags = row[8] ? (JSON.parse(row[8]) as Record<string, string>) : {};
      expect(row[9]).toBe(tags.team ?? '');
    }
    expect(rows.filter((r) => r[9] !== '').length).toBeGreaterThan(5);
    expect(rows.some((r) => /^vpc-[0-9a-f]{17}$/.test(r[10]!))).toBe(true);
  });

  it('exports the chosen columns in the grid’s order by their ids', async () => {
    const [header, ...rows] = await exported('chosen', spec, [
      'path:VpcId',
      'InstanceId',
      'tag:team',
    ]);
    expect(header).toEqual(['VPC', 'Instance ID', 'team']);
    expect(rows.every((r) => /^i-/.test(r[1]!))).toBe(true);
  });

  it('refuses a bad column before any file is chosen or written', async () => {
    const before = readdirSync(saveDir);
    const asked: string[] = [];
    const harness = createExportHarness(saveDir, 'electron', (name) => (asked.push(name), null));
    const started = await harness.call('export.start', {
      jobId: 'bad-column',
      spec: { ...spec, columns: [{ expression: 'Tags[?Key==' }] },
    });
    expect(started).toMatchObject({ ok: false, error: { code: 'BAD_COLUMN' } });
    expect(asked).toEqual([]);
    expect(readdirSync(saveDir)).toEqual(before);
  });
});
