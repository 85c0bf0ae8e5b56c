import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';
import { awsCommand } from '../../../renderer/app/commands/cli-commands';

// "Copy as command" pasted into a shell, with the AWS CLI and nothing configured: an empty HOME
// and no AWS variables, as on a machine where only the Demo profile exists.
let endpoint: RunningEndpoint;
const home = mkdtempSync(join(tmpdir(), 'pagescope-copy-command-'));
beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 3, objects: 100 });
});
afterAll(async () => {
  await endpoint.stop();
  rmSync(home, { recursive: true, force: true });
});

const sh = (command: string) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      '/bin/sh',
      ['-c', command],
      { env: { PATH: process.env.PATH ?? '', HOME: home }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

it('the all-regions command lists the instances of every enabled region', async () => {
  const command = awsCommand(
    {
      profile: 'Demo',
      region: 'all',
      resource: 'ec2-instances',
      filter: { expression: 'Reservations[].Instances[].Placement.AvailabilityZone', mode: 'page' },
    },
    {
      name: 'Demo',
      kind: 'demo',
      region: 'us-east-1',
      defaultRegion: 'us-east-1',
      endpointUrl: endpoint.url,
      source: 'builtin',
    },
  )!;
  const run = await sh(command);
  expect(run.code, run.stderr).toBe(0);
  const zones = (JSON.parse(`[${run.stdout.replace(/\]\s*\[/g, '],[')}]`) as string[][]).flat();
  const regions = new Set(zones.map((zone) => zone.slice(0, -1)));
  expect(regions).toEqual(new Set(['us-east-1', 'eu-west-1', 'ap-southeast-2']));
}, 180_000);
