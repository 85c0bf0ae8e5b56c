import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paramFlag, type ViewParamName } from '../../../../shared/contract';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { demoStacks } from '../../../../electron/endpoint/cloudformation/stack-data';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { awsCommand } from '../../../../renderer/app/commands/cli-commands';
import { filterCheck } from '../../../../electron/service/handlers/engine/catalog';
import { getResource, resourceInfos } from '../../../../electron/engine/resources/registry';
import { awsCliOnPath, type AwsCliOnPath } from './aws-cli-on-path';
import { pagescopeInProcess } from './in-process-cli';

/** The engine's catalog entries a copied command is made from. */
const catalogFor = (spec: { resource: string }) => ({
  resource: resourceInfos().find((r) => r.kind === spec.resource)!,
  regions: resourceInfos().find((r) => r.listsRegions),
});

// "Copy as command" pasted into a shell, with the AWS CLI and nothing configured: an empty HOME
// and no AWS variables, as on a machine where only the Demo profile exists. The shell's `aws` is
// Debian's AWS CLI v2, run for every command by one process (aws-cli-on-path.ts).
let endpoint: RunningEndpoint;
let aws: AwsCliOnPath;
const home = mkdtempSync(join(tmpdir(), 'pagescope-copy-command-'));
beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 3, objects: 5_000 });
  aws = await awsCliOnPath();
});
afterAll(async () => {
  await Promise.all([endpoint.stop(), aws.close()]);
  rmSync(home, { recursive: true, force: true });
});

const sh = (command: string) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      '/bin/sh',
      ['-c', command],
      { env: { ...aws.env, HOME: home }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

it('the all-regions command lists the instances of every enabled region', async () => {
  const spec = {
    profile: 'Demo',
    region: 'all',
    resource: 'ec2-instances',
    filter: { expression: 'Reservations[].Instances[].Placement.AvailabilityZone', mode: 'page' },
  } as const;
  const command = awsCommand(spec, catalogFor(spec), {
    name: 'Demo',
    kind: 'demo',
    region: 'us-east-1',
    defaultRegion: 'us-east-1',
    endpointUrl: endpoint.url,
    source: 'builtin',
  })!;
  const run = await sh(command);
  expect(run.code, run.stderr).toBe(0);
  const zones = (JSON.parse(`[${run.stdout.replace(/\]\s*\[/g, '],[')}]`) as string[][]).flat();
  const regions = new Set(zones.map((zone) => zone.slice(0, -1)));
  expect(regions).toEqual(new Set(['us-east-1', 'eu-west-1', 'ap-southeast-2']));
}, 180_000);

const demoProfile = () => ({
  name: 'Demo',
  kind: 'demo' as const,
  region: 'us-east-1',
  defaultRegion: 'us-east-1',
  endpointUrl: endpoint.url,
  source: 'builtin' as const,
});

/** What the engine tells the app it would push down for this view's filter. */
const pushedDownFor = async (spec: {
  resource: string;
  params?: Record<string, string>;
  filter: { expression: string; mode: 'item' };
}) => {
  const check = await filterCheck({
    filter: spec.filter,
    view: { resource: spec.resource, params: spec.params ?? {} },
  });
  return check.pushedDown;
};

it('with a pushed-down prefix, reads only that prefix and prints what the whole listing would', async () => {
  const spec = {
    profile: 'Demo',
    region: 'us-east-1',
    resource: 's3-objects',
    params: { bucket: 'demo-big' },
    filter: { expression: "starts_with(Key, 'logs/2024/03/')", mode: 'item' as const },
  };
  const pushed = await pushedDownFor(spec);
  expect(pushed).toEqual({ prefix: 'logs/2024/03/', filters: [] });
  const narrowed = awsCommand(spec, catalogFor(spec), demoProfile(), pushed)!;
  expect(narrowed).toContain('--prefix logs/2024/03/');
  const whole = awsCommand(spec, catalogFor(spec), demoProfile(), null)!;
  expect(whole).not.toContain('--prefix');

  const before = endpoint.requests().length;
  const fast = await sh(narrowed);
  const fastRequests = endpoint.requests().length - before;
  const slow = await sh(whole);
  const slowRequests = endpoint.requests().length - before - fastRequests;
  expect(fast.code, fast.stderr).toBe(0);
  expect(slow.code, slow.stderr).toBe(0);
  expect(JSON.parse(fast.stdout)).toEqual(JSON.parse(slow.stdout));
  expect((JSON.parse(fast.stdout) as unknown[]).length).toBeGreaterThan(0);
  expect(fastRequests).toBeLessThan(slowRequests);
}, 180_000);

it('with pushed-down EC2 filters, asks the service for running instances and prints the same', async () => {
  const spec = {
    profile: 'Demo',
    region: 'us-east-1',
    resource: 'ec2-instances',
    filter: { expression: "State.Name == 'running'", mode: 'item' as const },
  };
  const pushed = await pushedDownFor(spec);
  expect(pushed).toEqual({
    prefix: null,
    filters: [{ name: 'instance-state-name', values: ['running'] }],
  });
  const filtered = awsCommand(spec, catalogFor(spec), demoProfile(), pushed)!;
  expect(filtered).toContain(`--filters '[{"Name":"instance-state-name","Values":["running"]}]'`);
  // Nothing counted on the endpoint: both AWS CLI processes side by side.
  const [fast, slow] = await Promise.all([
    sh(filtered),
    sh(awsCommand(spec, catalogFor(spec), demoProfile(), null)!),
  ]);
  expect(fast.code, fast.stderr).toBe(0);
  expect(JSON.parse(fast.stdout)).toEqual(JSON.parse(slow.stdout));
  expect((JSON.parse(fast.stdout) as unknown[]).length).toBeGreaterThan(0);
}, 180_000);

describe('the Query services’ commands run as the AWS CLI and print what pagescope lists', () => {
  const stack = () => demoStacks(3, 'eu-west-1').find((s) => s.resourceCount > 100)!.stackName;
  const cases: {
    resource: string;
    region: string;
    expression: string;
    params?: () => Record<string, string>;
    /** What the command says besides the operation's words. */
    words?: string;
  }[] = [
    // Customer managed policies only: the command carries the listing's --scope Local.
    {
      resource: 'iam-policies',
      region: 'us-east-1',
      expression: 'AttachmentCount == `0`',
      words: 'iam list-policies --scope Local',
    },
    { resource: 'iam-roles', region: 'eu-west-1', expression: "starts_with(Path, '/app/')" },
    {
      resource: 'cloudformation-stack-resources',
      region: 'eu-west-1',
      params: () => ({ stackName: stack() }),
      expression: "ResourceType == 'AWS::IAM::Role'",
    },
    // The engine filter is RDS's own, as in the app.
    {
      resource: 'rds-db-instances',
      region: 'eu-west-1',
      expression: "Engine == 'mariadb'",
      words: `--filters '[{"Name":"engine","Values":["mariadb"]}]'`,
    },
  ];
  // Each in its own AWS CLI process, with the same environment here: side by side.
  it.concurrent.for(cases)('$resource', { timeout: 60_000 }, async (c, { expect }) => {
    const spec = {
      profile: 'Demo',
      region: c.region,
      resource: c.resource,
      params: c.params?.() ?? {},
      filter: { expression: c.expression, mode: 'item' as const },
    };
    const pushed = await pushedDownFor(spec);
    const command = awsCommand(spec, catalogFor(spec), demoProfile(), pushed)!;
    expect(command).toContain(c.words ?? c.resource.split('-')[0]);
    const run = await sh(command);
    expect(run.code, `${command}\n${run.stderr}`).toBe(0);
    const { info } = getResource(c.resource);
    const theirs = (JSON.parse(run.stdout) as Record<string, unknown>[]).map(
      (item) => item[info.keyColumn],
    );
    Object.assign(process.env, {
      HOME: home,
      AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
    });
    const ours = await pagescopeInProcess([
      'list',
      c.resource,
      '--region',
      c.region,
      ...Object.entries(spec.params).flatMap(([name, value]) => [
        paramFlag(name as ViewParamName),
        value,
      ]),
      '--filter',
      c.expression,
      '--endpoint-url',
      endpoint.url,
      '--output',
      'jsonl',
    ]);
    expect(ours.code, ours.stderr).toBe(0);
    const keys = ours.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as Record<string, unknown>)[info.keyColumn]);
    expect(keys.length).toBeGreaterThan(0);
    expect(theirs).toEqual(keys);
  });
});
