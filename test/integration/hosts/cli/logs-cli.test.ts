import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { awsCliBatch } from './aws-cli-batch';
import { pagescopeInProcess } from './in-process-cli';
import type { CliRun } from './run-cli';

// CloudWatch Logs' groups, streams and events against /usr/bin/aws on the same local endpoint:
// every page, the events' filter pattern and time range, the merged result --query sees, and
// a --max-items NextToken of each tool resumed by the other. eu-west-1 holds no million-event
// group, so every listing here is small.
let endpoint: RunningEndpoint;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 29, objects: 100 });
  Object.assign(process.env, {
    HOME: await mkdtemp(join(tmpdir(), 'pagescope-logs-home-')),
    AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
    AWS_REGION: 'eu-west-1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  delete process.env.AWS_PROFILE;
});
afterAll(() => endpoint.stop());

const env = () => ({
  HOME: process.env.HOME!,
  AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
  AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
});
const list = (args: string[]) =>
  pagescopeInProcess(['list', ...args, '--region', 'eu-west-1', '--endpoint-url', endpoint.url]);
const aws = (commands: string[][]) =>
  awsCliBatch(
    commands.map((c) => ['--endpoint-url', endpoint.url, '--region', 'eu-west-1', ...c]),
    env(),
  );
const json = (run: CliRun): unknown => {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
};
const nextToken = (run: CliRun) => /^NextToken: (\S+)$/m.exec(run.stderr)?.[1] ?? null;
const GROUP = ['--log-group-name', '/ecs/web'];

/** The same listing in both tools: PageScope's arguments, then the AWS CLI's. */
interface Case {
  name: string;
  ours: string[];
  theirs: string[];
  query: string;
  pageSize: number;
  maxItems: number;
}

const cases: Case[] = [
  {
    name: 'log groups',
    ours: ['logs-groups'],
    theirs: ['logs', 'describe-log-groups'],
    query: 'logGroups[].logGroupName',
    pageSize: 5,
    maxItems: 7,
  },
  {
    name: 'a group’s streams',
    ours: ['logs-streams', ...GROUP],
    theirs: ['logs', 'describe-log-streams', ...GROUP],
    query: 'logStreams[].logStreamName',
    pageSize: 2,
    maxItems: 1,
  },
  {
    name: 'a group’s events',
    ours: ['logs-events', ...GROUP],
    theirs: ['logs', 'filter-log-events', ...GROUP],
    query: 'events[].eventId',
    pageSize: 200,
    maxItems: 333,
  },
  {
    name: 'one stream’s errors and warnings in a time range',
    ours: ['logs-events', ...GROUP, '--filter-pattern', '?ERROR ?WARN'],
    theirs: ['logs', 'filter-log-events', ...GROUP, '--filter-pattern', '?ERROR ?WARN'],
    query: 'events[].[logStreamName, timestamp, message]',
    pageSize: 20,
    maxItems: 25,
  },
];

describe.each(cases)('$name', ({ ours, theirs, query, pageSize, maxItems }) => {
  const q = ['--query', query, '--output', 'json'];
  const size = ['--page-size', String(pageSize)];

  it('lists every item as the AWS CLI does, page after page, and resumes the other’s token', async () => {
    const mine = await list([...ours, ...size, ...q]);
    const first = await list([...ours, ...size, '--max-items', String(maxItems), ...q]);
    const ourToken = nextToken(first)!;
    expect(ourToken).not.toBeNull();
    const head = ['--query', `{Items: ${query}, Next: NextToken}`, '--output', 'json'];
    const [all, theirsFirst, theirsRest] = await aws([
      [...theirs, ...size, ...q],
      [...theirs, ...size, '--max-items', String(maxItems), ...head],
      [...theirs, ...size, '--starting-token', ourToken, ...q],
    ]);
    const listed = json(mine) as unknown[];
    expect(listed.length).toBeGreaterThan(pageSize);
    expect(listed).toEqual(json(all!));
    const theirHead = json(theirsFirst!) as { Items: unknown[]; Next: string };
    expect(json(first)).toEqual(theirHead.Items);
    expect(theirHead.Next).toBe(ourToken);
    expect(json(theirsRest!)).toEqual(listed.slice(maxItems));
    const rest = await list([...ours, ...size, '--starting-token', theirHead.Next, ...q]);
    expect(json(rest)).toEqual(listed.slice(maxItems));
  });
});

it('narrows events by filter pattern, stream and time range as the AWS CLI does', async () => {
  const streams = (await list(['logs-streams', ...GROUP, '--output', 'jsonl'])).stdout
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { logStreamName: string }).logStreamName);
  const stream = streams[1]!;
  const times = ['--start-time', '1709251500000', '--end-time', '1709259000000'];
  const narrowings: Array<[string[], string[]]> = [
    [
      ['--filter-pattern', 'ERROR'],
      ['--filter-pattern', 'ERROR'],
    ],
    [
      ['--filter-pattern', '"payments-service"'],
      ['--filter-pattern', '"payments-service"'],
    ],
    [
      ['--filter-pattern', 'ERROR -timeout'],
      ['--filter-pattern', 'ERROR -timeout'],
    ],
    [
      ['--filter-pattern', '" "'],
      ['--filter-pattern', '" "'],
    ],
    [
      ['--log-stream-name', stream],
      ['--log-stream-names', stream],
    ],
    [times, times],
    [
      ['--log-stream-name', stream, '--filter-pattern', 'WARN', ...times],
      ['--log-stream-names', stream, '--filter-pattern', 'WARN', ...times],
    ],
  ];
  const q = ['--query', 'events[].eventId', '--output', 'json'];
  const theirs = await aws(
    narrowings.map(([, t]) => ['logs', 'filter-log-events', ...GROUP, ...t, ...q]),
  );
  const counts: number[] = [];
  for (const [i, [o]] of narrowings.entries()) {
    const mine = json(await list(['logs-events', ...GROUP, ...o, ...q])) as string[];
    expect(mine, o.join(' ')).toEqual(json(theirs[i]!));
    counts.push(mine.length);
  }
  expect(Math.min(...counts), counts.join(' ')).toBeGreaterThan(0);
  expect(counts[4]).toBeLessThan(counts[3]!);
});

it('merges events and searchedLogStreams as botocore does for --query', async () => {
  const args = ['--page-size', '300', '--query', '{n: length(events), s: searchedLogStreams}'];
  const [theirs] = await aws([['logs', 'filter-log-events', ...GROUP, ...args]]);
  expect(json(await list(['logs-events', ...GROUP, ...args, '--output', 'json']))).toEqual(
    json(theirs!),
  );
});

it('refuses what the endpoint does not serve, in both tools alike', async () => {
  const [theirs, tooMany] = await aws([
    ['logs', 'filter-log-events', ...GROUP, '--filter-pattern', '{ $.level = "ERROR" }'],
    ['logs', 'describe-log-groups', '--page-size', '51'],
  ]);
  expect(theirs!.stderr).toContain('InvalidParameterException');
  const mine = await list(['logs-events', ...GROUP, '--filter-pattern', '{ $.level = "ERROR" }']);
  expect(mine.code).not.toBe(0);
  expect(mine.stderr).toContain('Invalid filter pattern');
  expect(tooMany!.stderr).toContain('less than or equal to 50');
  const big = await list(['logs-groups', '--page-size', '51']);
  expect(big.code).not.toBe(0);
  expect(big.stderr).toContain('less than or equal to 50');
});
