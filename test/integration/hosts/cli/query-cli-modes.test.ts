import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { awsCliSession, type AwsCliSession } from './aws-cli-batch';
import { pagescopeInProcess } from './in-process-cli';
import { pagescope as pagescopeBin, type CliRun } from './run-cli';

let endpoint: RunningEndpoint;
let env: Record<string, string>;
let awsSession: AwsCliSession;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 12, objects: 2_000 });
  env = {
    HOME: await mkdtemp(join(tmpdir(), 'pagescope-query-home-')),
    AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
    AWS_REGION: 'us-east-1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  Object.assign(process.env, env);
  delete process.env.AWS_PROFILE;
  awsSession = awsCliSession(env);
});
afterAll(() => Promise.all([endpoint.stop(), awsSession.close()]));

const list = (args: string[]) =>
  pagescopeInProcess(['list', ...args, '--endpoint-url', endpoint.url]);
/** The AWS CLI's output for each command line, from the file's one Python process. */
const aws = (commands: string[][]) =>
  awsSession.run(
    commands.map((c) => ['--endpoint-url', endpoint.url, '--region', 'us-east-1', ...c]),
  );
const json = (run: CliRun): unknown => {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
};
const nextToken = (run: CliRun) => /^NextToken: (\S+)$/m.exec(run.stderr)?.[1] ?? null;
const big = ['s3-objects', '--bucket', 'demo-big'];
const bigApi = ['s3api', 'list-objects-v2', '--bucket', 'demo-big'];

describe('--query with --max-items and --starting-token', () => {
  it('prints on stderr the NextToken the AWS CLI puts in its result, and resumes from it as the CLI does', async () => {
    const query = ['--query', '{Keys: Contents[].Key, Next: NextToken}', '--output', 'json'];
    const first = await list([...big, '--max-items', '700', ...query]);
    const [theirs] = await aws([[...bigApi, '--max-items', '700', ...query]]);
    const ours = json(first) as { Keys: string[]; Next: string };
    expect(ours).toEqual(json(theirs!));
    expect(nextToken(first)).toBe(ours.Next);
    const resume = ['--starting-token', ours.Next, '--max-items', '700', ...query];
    const [theirsNext] = await aws([[...bigApi, ...resume]]);
    expect(json(await list([...big, ...resume]))).toEqual(json(theirsNext!));
  });
});

describe('--query over --all-regions: the regions as one listing, in region order', () => {
  let regions: string[];
  beforeAll(async () => {
    const [run] = await aws([
      [
        'ec2',
        'describe-regions',
        '--all-regions',
        '--query',
        "Regions[?OptInStatus != 'not-opted-in'].RegionName",
      ],
    ]);
    regions = (json(run!) as string[]).sort();
  });
  const perRegion = (query: string, output: string) =>
    aws(
      regions.map((r) => [
        'ec2',
        'describe-instances',
        '--region',
        r,
        '--query',
        query,
        '--output',
        output,
      ]),
    );

  it('joins the regions’ lists (json) and pages (text), and counts over all of them', async () => {
    const ids = 'Reservations[].Instances[].[InstanceId, Placement.AvailabilityZone]';
    const all = ['ec2-instances', '--all-regions', '--query'];
    // The AWS CLI's runs go on in its process while this one lists.
    const theirs = Promise.all([
      perRegion(ids, 'json'),
      perRegion('Reservations[].ReservationId', 'text'),
      perRegion('length(Reservations[].Instances[])', 'json'),
    ]);
    const ours = await list([...all, ids, '--output', 'json']);
    expect(ours.stderr).toContain('region me-south-1 skipped');
    expect(ours.code).toBe(0);
    const text = await list([...all, 'Reservations[].ReservationId', '--output', 'text']);
    const count = await list([...all, 'length(Reservations[].Instances[])', '--output', 'json']);
    const [theirsIds, theirsText, counts] = await theirs;
    expect(json(ours)).toEqual(theirsIds.flatMap((r) => json(r) as unknown[]));
    expect(text.stdout).toBe(theirsText.map((r) => r.stdout).join(''));
    expect(json(count)).toBe(counts.reduce((sum, r) => sum + (json(r) as number), 0));
  });

  it('stops after --max-items in region order and resumes from its NextToken', async () => {
    const ids = ['--query', 'Reservations[].ReservationId', '--output', 'json'];
    const all = ['ec2-instances', '--all-regions'];
    const whole = json(await list([...all, '--max-items', '10', ...ids])) as string[];
    const first = await list([...all, '--max-items', '4', ...ids]);
    const second = await list([
      ...all,
      '--max-items',
      '6',
      '--starting-token',
      nextToken(first)!,
      ...ids,
    ]);
    expect([...(json(first) as string[]), ...(json(second) as string[])]).toEqual(whole);
    expect(whole).toHaveLength(10);
  });
});

describe('--query with jsonl and csv output', () => {
  it('writes a list result one element a line (jsonl) or as CSV rows under the objects’ keys', async () => {
    const [theirs] = await aws([
      [...bigApi, '--max-items', '300', '--query', 'Contents[].{K: Key, S: Size}'],
    ]);
    const expected = json(theirs!) as Array<{ K: string; S: number }>;
    const query = ['--max-items', '300', '--query', 'Contents[].{K: Key, S: Size}'];
    const lines = (await list([...big, ...query, '--output', 'jsonl'])).stdout
      .trimEnd()
      .split('\n');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(expected);
    const csv = parse((await list([...big, ...query, '--output', 'csv'])).stdout) as string[][];
    expect(csv).toEqual([['K', 'S'], ...expected.map((o) => [o.K, String(o.S)])]);
    const scalar = await list([...big, '--query', 'length(Contents)', '--output', 'jsonl']);
    expect(scalar.stdout).toBe('2000\n');
  });

  it('refuses CSV for a list whose elements change shape, with exit code 2', async () => {
    const run = await list([
      ...big,
      '--max-items',
      '5',
      '--query',
      '[Contents[0].Key, Contents[0]]',
      '--output',
      'csv',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/CSV output: result 2 is an object where the first was a scalar/);
  });
});

describe('the pagescope program', () => {
  it('prints --query results as the AWS CLI: json without a Value wrapper, timestamps with +00:00', async () => {
    const query = ['--query', '[Contents[0].LastModified, Contents[?Size > `1000000`].Key | [:2]]'];
    const ours = await pagescopeBin(
      [
        'list',
        ...big,
        '--max-items',
        '100',
        ...query,
        '--output',
        'json',
        '--endpoint-url',
        endpoint.url,
      ],
      env,
    );
    const [theirs] = await aws([[...bigApi, '--max-items', '100', ...query, '--output', 'json']]);
    expect(ours.stdout).toBe(theirs!.stdout);
    expect(ours.stdout).toMatch(/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00"/);
  });
});
