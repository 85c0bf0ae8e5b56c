import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { awsCliBatch } from './aws-cli-batch';
import { pagescopeInProcess } from './in-process-cli';
import type { CliRun } from './run-cli';

// DynamoDB's tables and items against /usr/bin/aws on the same local endpoint: every page, the
// merged result --query sees (Count and ScannedCount summed, as botocore does), and a
// --max-items NextToken of each tool resumed by the other, ExclusiveStartKey being a map (with
// bytes, for a binary key). Small tables in eu-west-1; one test reads the first megabytes of the
// 200,000-item table in us-east-1, the only place a page ends at 1 MB.
let endpoint: RunningEndpoint;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 31, objects: 100 });
  Object.assign(process.env, {
    HOME: await mkdtemp(join(tmpdir(), 'pagescope-dynamodb-home-')),
    AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
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
const list = (args: string[], region = 'eu-west-1') =>
  pagescopeInProcess(['list', ...args, '--region', region, '--endpoint-url', endpoint.url]);
const aws = (commands: string[][], region = 'eu-west-1') =>
  awsCliBatch(
    commands.map((c) => ['--endpoint-url', endpoint.url, '--region', region, ...c]),
    env(),
  );
const json = (run: CliRun): unknown => {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
};
const nextToken = (run: CliRun) => /^NextToken: (\S+)$/m.exec(run.stderr)?.[1] ?? null;

interface Case {
  name: string;
  ours: string[];
  theirs: string[];
  query: string;
  pageSize: number;
  maxItems: number;
}

const scan = (table: string) => ({
  ours: ['dynamodb-items', '--table-name', table],
  theirs: ['dynamodb', 'scan', '--table-name', table],
});

const cases: Case[] = [
  {
    name: 'tables',
    ours: ['dynamodb-tables'],
    theirs: ['dynamodb', 'list-tables'],
    query: 'TableNames',
    pageSize: 4,
    maxItems: 6,
  },
  {
    name: 'items by a string key',
    ...scan('demo-users'),
    query: 'Items',
    pageSize: 70,
    maxItems: 101,
  },
  {
    name: 'items by a partition and a sort key',
    ...scan('demo-sessions'),
    query: 'Items[].[userId.S, startedAt.N]',
    pageSize: 60,
    maxItems: 60,
  },
  {
    name: 'items by a binary key',
    ...scan('demo-blobs'),
    query: 'Items',
    pageSize: 7,
    maxItems: 10,
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

it('sums Count and ScannedCount over pages for --query, resumed pages included', async () => {
  const { ours, theirs } = scan('demo-sessions');
  const q = ['--query', '{c: Count, s: ScannedCount, n: length(Items), t: NextToken}'];
  const first = await list([...ours, '--page-size', '45', '--max-items', '100', ...q]);
  const token = (json(first) as { t: string }).t;
  const runs = [
    ['--page-size', '45', ...q],
    ['--page-size', '45', '--max-items', '100', ...q],
    ['--page-size', '45', '--starting-token', token, ...q],
    ['--page-size', '45', '--starting-token', token, '--query', 'Count', '--output', 'text'],
    ['--page-size', '45', '--query', 'Count'],
  ];
  const all = await aws(runs.map((r) => [...theirs, ...r]));
  for (const [i, r] of runs.entries()) {
    const mine = await list([
      ...ours,
      ...r,
      ...(r.includes('--output') ? [] : ['--output', 'json']),
    ]);
    expect(mine.stdout, r.join(' ')).toBe(all[i]!.stdout);
  }
  // The page a token resumes inside counts 0 (botocore empties it): 3 pages of 45 are not counted.
  expect(JSON.parse(all[2]!.stdout)).toMatchObject({ c: 500 - 3 * 45, n: 400 });
});

it('ends a page at 1 MB when no Limit is given, as the AWS CLI’s pages do', async () => {
  const { ours, theirs } = scan('demo-orders');
  const q = ['--query', '{c: Count, n: length(Items), k: Items[-1].orderId.S, t: NextToken}'];
  const first = await list([...ours, '--max-items', '4321', ...q, '--output', 'json'], 'us-east-1');
  const token = (json(first) as { t: string }).t;
  const rest = ['--max-items', '5', '--starting-token', token, '--query', 'Items[].orderId.S'];
  const [theirHead, theirRest] = await aws(
    [
      [...theirs, '--max-items', '4321', ...q],
      [...theirs, ...rest],
    ],
    'us-east-1',
  );
  const head = json(theirHead!) as { c: number; n: number; t: string };
  expect(json(first)).toEqual(head);
  // Pages of a few thousand items: the 1 MB bound, not a Limit, ended them.
  expect(head.c).toBeGreaterThan(4321);
  expect(head.c).toBeLessThan(20_000);
  const mine = await list([...ours, ...rest, '--output', 'json'], 'us-east-1');
  expect(json(mine)).toEqual(json(theirRest!));
  expect(json(mine)).toEqual([
    'ord-0004321',
    'ord-0004322',
    'ord-0004323',
    'ord-0004324',
    'ord-0004325',
  ]);
});

it('shows items as plain JSON rows keyed by the table’s key attributes', async () => {
  const run = await list([
    'dynamodb-items',
    '--table-name',
    'demo-sessions',
    '--max-items',
    '2',
    '--output',
    'jsonl',
  ]);
  const rows = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const item = JSON.parse(rows[0]!.Item as string) as Record<string, unknown>;
  expect(rows[0]!.PrimaryKey).toBe(`${item.userId as string} | ${item.startedAt as number}`);
  expect(typeof item.startedAt).toBe('number');
  expect(rows[0]!.Attributes).toBe(Object.keys(item).length);
});
