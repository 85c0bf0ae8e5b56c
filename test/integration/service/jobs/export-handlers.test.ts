import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewSpecInput } from '../../../../shared/contract';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { createExportHarness, PROFILE, useEndpointProfile } from './export-harness';

const spec: ViewSpecInput = {
  profile: PROFILE,
  region: 'us-east-1',
  resource: 's3-objects',
  params: { bucket: 'demo-edge' },
};

let endpoint: RunningEndpoint;
let saveDir: string;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 9, objects: 10 });
  useEndpointProfile(endpoint.url);
  saveDir = mkdtempSync(join(tmpdir(), 'pagescope-export-handlers-'));
});
afterAll(() => endpoint.stop());

describe('export handlers', () => {
  it('starts nothing when the save dialog is dismissed', async () => {
    const harness = createExportHarness(saveDir, 'electron', () => null);
    const started = await harness.call('export.start', {
      jobId: 'dismissed',
      spec,
      fileName: 'x.csv',
    });
    expect(started).toEqual({
      ok: true,
      value: { jobId: 'dismissed', downloadUrl: null, path: null },
    });
    expect(await harness.call('export.cancel', { jobId: 'dismissed' })).toEqual({
      ok: true,
      value: { cancelled: false },
    });
    expect(readdirSync(saveDir)).toEqual([]);
  });

  it('shows a finished export in its folder, and only a finished one', async () => {
    const harness = createExportHarness(saveDir);
    const { finished } = await harness.run({ jobId: 'shown', spec, fileName: 'shown.csv' });
    expect(finished.status).toBe('done');
    expect(await harness.call('export.reveal', { jobId: 'shown' })).toEqual({
      ok: true,
      value: { shown: true },
    });
    expect(harness.revealed).toEqual([join(saveDir, 'shown.csv')]);
    const unknown = await harness.call('export.reveal', { jobId: 'never-ran' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('suggests a safe file name to the save dialog', async () => {
    const asked: string[] = [];
    const harness = createExportHarness(saveDir, 'electron', (name) => (asked.push(name), null));
    await harness.call('export.start', { jobId: 'named', spec, fileName: 'a:b*c?.csv' });
    expect(asked).toEqual(['a_b_c_.csv']);
  });

  it('in browser mode writes a private file under a one-time download id, with no token in its link', async () => {
    const harness = createExportHarness(saveDir, 'browser');
    const { started, finished } = await harness.run({
      jobId: 'browser-job',
      spec,
      fileName: 'edge café.csv',
    });
    expect(started.path).toBeNull();
    const link =
      /^http:\/\/127\.0\.0\.1:1\/download\/([A-Za-z0-9_-]{24})\?name=edge%20caf%C3%A9\.csv$/;
    expect(started.downloadUrl).toMatch(link);
    expect(finished).toMatchObject({ status: 'done', path: null });
    const file = join(saveDir, `${link.exec(started.downloadUrl!)![1]}.csv`);
    expect(readFileSync(file).length).toBe(finished.bytes);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(saveDir).filter((name) => name.endsWith('.partial'))).toEqual([]);
    rmSync(file);
  });

  it('refuses bad input at the contract: a job id with a path in it, a bad delimiter', async () => {
    const harness = createExportHarness(saveDir);
    const traversal = await harness.call('export.start', { jobId: '../../etc/passwd', spec });
    expect(traversal).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const delimiter = await harness.call('export.start', {
      jobId: 'semi',
      spec,
      options: { delimiter: ';' as ',', header: true, bom: false, formulaGuard: true },
    });
    expect(delimiter).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('answers a bad filter at once, before asking where to save', async () => {
    const asked: string[] = [];
    const harness = createExportHarness(saveDir, 'electron', (name) => (asked.push(name), null));
    const result = await harness.call('export.start', {
      jobId: 'bad-filter',
      spec: { ...spec, filter: { expression: '[?Size > ]', mode: 'item' } },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_FILTER' } });
    expect(asked).toEqual([]);
  });
});
