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
// 200,000-item table in us-east-1, the only place a page ends at 1 MB. Every AWS CLI command runs
// in one batch (one Python start), planned before the tests from what PageScope printed first.
let endpoint: RunningEndpoint;
const planned: Array<[key: string, args: string[]]> = [];
const awsRuns = new Map<string, CliRun>();
const plan = (key: string, args: string[], region = 'eu-west-1') =>
  planned.push([key, ['--region', region, ...args]]);
const theirs = (key: string): CliRun => awsRuns.get(key)!;
/** PageScope's first runs (with --max-items), made before the batch: their tokens are in it. */
const firsts = new Map<string, CliRun>();

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 31, objects: 100 });
  Object.assign(process.env, {
    HOME: await mkdtemp(join(tmpdir(), 'pagescope-dynamodb-home-')),
    AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  delete process.env.AWS_PROFILE;
  await planCases();
  await planCounts();
  await planBigTable();
  const results = await awsCliBatch(
    planned.map(([, args]) => ['--endpoint-url', endpoint.url, ...args]),
    env(),
  );
  planned.forEach(([key], i) => awsRuns.set(key, results[i]!));
}, 120_000);
afterAll(() => endpoint.stop());

const env = () => ({
  HOME: process.env.HOME!,
  AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
  AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
});
const list = (args: string[], region = 'eu-west-1') =>
  pagescopeInProcess(['list', ...args, '--region', region, '--endpoint-url', endpoint.url]);
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

const caseArgs = ({ query, pageSize }: Case) => ({
  q: ['--query', query, '--output', 'json'],
  size: ['--page-size', String(pageSize)],
  head: ['--query', `{Items: ${query}, Next: NextToken}`, '--output', 'json'],
});

async function planCases(): Promise<void> {
  for (const c of cases) {
    const { q, size, head } = caseArgs(c);
    const first = await list([...c.ours, ...size, '--max-items', String(c.maxItems), ...q]);
    firsts.set(c.name, first);
    const token = nextToken(first) ?? 'none';
    plan(`${c.name} all`, [...c.theirs, ...size, ...q]);
    plan(`${c.name} first`, [...c.theirs, ...size, '--max-items', String(c.maxItems), ...head]);
    plan(`${c.name} rest`, [...c.theirs, ...size, '--starting-token', token, ...q]);
  }
}

describe.each(cases)('$name', (c) => {
  const { ours, maxItems, pageSize } = c;
  const { q, size } = caseArgs(c);

  it('lists every item as the AWS CLI does, page after page, and resumes the other’s token', async () => {
    const mine = await list([...ours, ...size, ...q]);
    const first = firsts.get(c.name)!;
    const ourToken = nextToken(first)!;
    expect(ourToken).not.toBeNull();
    const [all, theirsFirst, theirsRest] = ['all', 'first', 'rest'].map((k) =>
      theirs(`${c.name} ${k}`),
    );
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

const sessions = scan('demo-sessions');
const COUNTS = ['--query', '{c: Count, s: ScannedCount, n: length(Items), t: NextToken}'];
const countRuns: string[][] = [];

async function planCounts(): Promise<void> {
  const first = await list([
    ...sessions.ours,
    '--page-size',
    '45',
    '--max-items',
    '100',
    ...COUNTS,
  ]);
  const token = (json(first) as { t: string }).t;
  countRuns.push(
    ['--page-size', '45', ...COUNTS],
    ['--page-size', '45', '--max-items', '100', ...COUNTS],
    ['--page-size', '45', '--starting-token', token, ...COUNTS],
    ['--page-size', '45', '--starting-token', token, '--query', 'Count', '--output', 'text'],
    ['--page-size', '45', '--query', 'Count'],
  );
  countRuns.forEach((r, i) => plan(`counts ${i}`, [...sessions.theirs, ...r]));
}

it('sums Count and ScannedCount over pages for --query, resumed pages included', async () => {
  for (const [i, r] of countRuns.entries()) {
    const mine = await list([
      ...sessions.ours,
      ...r,
      ...(r.includes('--output') ? [] : ['--output', 'json']),
    ]);
    expect(mine.stdout, r.join(' ')).toBe(theirs(`counts ${i}`).stdout);
  }
  // The page a token resumes inside counts 0 (botocore empties it): 3 pages of 45 are not counted.
  expect(JSON.parse(theirs('counts 2').stdout)).toMatchObject({ c: 500 - 3 * 45, n: 400 });
});

const orders = scan('demo-orders');
const BIG = ['--query', '{c: Count, n: length(Items), k: Items[-1].orderId.S, t: NextToken}'];
let bigFirst: CliRun;
let bigRest: string[] = [];

async function planBigTable(): Promise<void> {
  bigFirst = await list(
    [...orders.ours, '--max-items', '4321', ...BIG, '--output', 'json'],
    'us-east-1',
  );
  const token = (json(bigFirst) as { t: string }).t;
  bigRest = ['--max-items', '5', '--starting-token', token, '--query', 'Items[].orderId.S'];
  plan('big head', [...orders.theirs, '--max-items', '4321', ...BIG], 'us-east-1');
  plan('big rest', [...orders.theirs, ...bigRest], 'us-east-1');
}

it('ends a page at 1 MB when no Limit is given, as the AWS CLI’s pages do', async () => {
  const head = json(theirs('big head')) as { c: number; n: number; t: string };
  expect(json(bigFirst)).toEqual(head);
  // Pages of a few thousand items: the 1 MB bound, not a Limit, ended them.
  expect(head.c).toBeGreaterThan(4321);
  expect(head.c).toBeLessThan(20_000);
  const mine = await list([...orders.ours, ...bigRest, '--output', 'json'], 'us-east-1');
  expect(json(mine)).toEqual(json(theirs('big rest')));
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
