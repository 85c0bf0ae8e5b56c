import { lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFinished, ExportStarted } from '../../../../shared/contract';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import {
  startBrowserMode,
  type BrowserMode,
} from '../../../../electron/hosts/browser/browser-mode';
import { caller, openSocket } from './ws-client';

let endpoint: RunningEndpoint;
let base: string;
const hosts: BrowserMode[] = [];
const savedEnv = { ...process.env };

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 5, objects: 50 });
  base = mkdtempSync(join(tmpdir(), 'pagescope-browser-downloads-'));
  const home = join(base, 'home');
  process.env.HOME = home;
  process.env.AWS_CONFIG_FILE = join(home, 'none');
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(home, 'none');
  process.env.PAGESCOPE_DEMO_ENDPOINT = endpoint.url;
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_ACCESS_KEY_ID;
});
afterAll(async () => {
  await Promise.all(hosts.map((host) => host.close()));
  await endpoint.stop();
  process.env = savedEnv;
  rmSync(base, { recursive: true, force: true });
});

const start = async () => {
  const host = await startBrowserMode({
    port: 0,
    rendererDir: '/nonexistent',
    version: 'test',
    log: () => undefined,
    exportsBase: join(base, 'exports'),
  });
  hosts.push(host);
  return host;
};

/** Exports Demo's buckets through the host's WebSocket; the download URL and the outcome. */
const exportOn = async (host: BrowserMode, jobId: string) => {
  const api = caller(await openSocket(host.port, host.token));
  const started = await api.call('export.start', {
    jobId,
    spec: { profile: 'Demo', region: 'us-east-1', resource: 's3-buckets' },
    fileName: 'buckets.csv',
  });
  expect(started.result.ok).toBe(true);
  const finished = () =>
    api.frames
      .map((frame) => JSON.parse(frame) as { event?: string; payload?: ExportFinished })
      .find((frame) => frame.event === 'export.finished')?.payload;
  await expect.poll(finished, { timeout: 20_000 }).toBeDefined();
  return { started: started.result.value as ExportStarted, finished: finished()! };
};

const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;

describe('browser-mode exports', () => {
  it('are private to the host that wrote them and download once, by an id without the token', async () => {
    const a = await start();
    const b = await start();
    const { started, finished } = await exportOn(a, 'job-a');
    expect(finished.status).toBe('done');
    const url = started.downloadUrl!;
    expect(url).not.toContain(a.token);
    expect(url).toMatch(/\/download\/[A-Za-z0-9_-]{24}\?name=buckets\.csv$/);
    expect(lstatSync(a.exportsDir).mode & 0o777).toBe(0o700);
    const [file] = readdirSync(a.exportsDir);
    expect(lstatSync(join(a.exportsDir, file!)).mode & 0o777).toBe(0o600);

    const onB = await fetch(`http://127.0.0.1:${b.port}${pathOf(url)}`);
    expect(onB.status).toBe(404);
    const onA = await fetch(url);
    expect(onA.status).toBe(200);
    expect(await onA.text()).toContain('demo-photos');
    expect((await fetch(url)).status).toBe(404);
    expect(readdirSync(a.exportsDir)).toEqual([]);
  }, 60_000);

  it('leave no file behind when the host stops before they are downloaded', async () => {
    const host = await start();
    const { finished } = await exportOn(host, 'job-left');
    expect(finished.status).toBe('done');
    expect(readdirSync(host.exportsDir)).toHaveLength(1);
    await host.close();
    hosts.splice(hosts.indexOf(host), 1);
    expect(readdirSync(join(base, 'exports'))).not.toContain(host.exportsDir.split('/').pop());
  }, 60_000);
});
