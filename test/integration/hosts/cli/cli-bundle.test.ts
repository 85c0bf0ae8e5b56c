import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { pagescope } from './run-cli';

// The bundle `npm run build:cli` makes is what bin.mjs runs when it is fresh: it must behave
// exactly as the sources. Built into a temporary folder so other tests keep using the sources.
let endpoint: RunningEndpoint;
const outdir = mkdtempSync(join(tmpdir(), 'pagescope-cli-bundle-'));
const env = {
  AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
  AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
  AWS_REGION: 'us-east-1',
};

const runBundle = (args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [join(outdir, 'pagescope.mjs'), ...args],
      { env: { PATH: process.env.PATH ?? '', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 5, objects: 3_000 });
  execFileSync(process.execPath, ['electron/tooling/build/build-cli.mjs', outdir]);
});
afterAll(async () => {
  await endpoint.stop();
  rmSync(outdir, { recursive: true, force: true });
});

describe('the bundled pagescope CLI', () => {
  it('prints the same CSV, tokens and exit codes as the sources', async () => {
    const args = ['list', 's3-objects', '--bucket', 'demo-big', '--endpoint-url', endpoint.url];
    const csv = [...args, '--output', 'csv', '--max-items', '2500'];
    const [bundled, sources] = await Promise.all([runBundle(csv), pagescope(csv, env)]);
    expect(bundled.code).toBe(0);
    expect(bundled.stdout.split('\r\n').length).toBeGreaterThan(2500);
    expect(bundled.stdout).toBe(sources.stdout);
    expect(bundled.stderr).toBe(sources.stderr);
    expect(bundled.stderr).toMatch(/^NextToken: \S+$/m);
    // The EC2 client is a chunk of its own, loaded on first use.
    const ec2 = ['list', 'ec2-instances', '--region', 'eu-west-1', '--endpoint-url', endpoint.url];
    const [bundledEc2, sourcesEc2] = await Promise.all([runBundle(ec2), pagescope(ec2, env)]);
    expect(bundledEc2.code).toBe(0);
    expect(bundledEc2.stdout).toContain('"InstanceId":"i-');
    expect(bundledEc2.stdout).toBe(sourcesEc2.stdout);
    // A whole log events listing is written straight from the response bodies, page after
    // page in reused memory, here through a pipe: the bytes of the engine's rows.
    const logs = [
      ...['list', 'logs-events', '--region', 'us-east-1', '--endpoint-url', endpoint.url],
      ...['--log-group-name', '/demo/big', '--log-stream-name', 'app/i-0big0000000000001'],
      ...['--end-time', String(Date.UTC(2024, 2, 1) + 40_000 * 1000 - 1), '--output', 'csv'],
    ];
    const [bundledLogs, sourcesLogs, rowsLogs] = await Promise.all([
      runBundle(logs),
      pagescope(logs, env),
      runBundle([...logs, '--max-items', '100000000']),
    ]);
    expect(bundledLogs.code).toBe(0);
    expect(bundledLogs.stdout.split('\r\n')).toHaveLength(40_002);
    expect(bundledLogs.stdout).toBe(rowsLogs.stdout);
    expect(sourcesLogs.stdout).toBe(rowsLogs.stdout);
    const bad = await runBundle([...args, '--filter', '[?Size >']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toContain('NodeVersionSupportWarning');
  });
});
