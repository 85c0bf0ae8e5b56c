import { expect, it } from 'vitest';
import type { CliRun } from './run-cli';
import { cliVsAws, json } from './cli-vs-aws';
import { listingCases, type ListingCase } from './listing-cases';

// DynamoDB's tables and items against /usr/bin/aws on the same local endpoint: every page, the
// merged result --query sees (Count and ScannedCount summed, as botocore does), and a
// --max-items NextToken of each tool resumed by the other, ExclusiveStartKey being a map (with
// bytes, for a binary key). Small tables in eu-west-1; one test reads the first megabytes of the
// 200,000-item table in us-east-1, the only place a page ends at 1 MB.
const tools = cliVsAws(31, 'eu-west-1');
const { list, beforeBatch, plan, theirs } = tools;

const scan = (table: string, ...region: string[]) => ({
  ours: ['dynamodb-items', '--table-name', table, ...region],
  theirs: ['dynamodb', 'scan', '--table-name', table, ...region],
});

const cases: ListingCase[] = [
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

listingCases(tools, cases);

const sessions = scan('demo-sessions');
const COUNTS = ['--query', '{c: Count, s: ScannedCount, n: length(Items), t: NextToken}'];
const countRuns: string[][] = [];

beforeBatch(async () => {
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
});

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

const orders = scan('demo-orders', '--region', 'us-east-1');
const BIG = ['--query', '{c: Count, n: length(Items), k: Items[-1].orderId.S, t: NextToken}'];
let bigFirst: CliRun;
let bigRest: string[] = [];

beforeBatch(async () => {
  bigFirst = await list([...orders.ours, '--max-items', '4321', ...BIG, '--output', 'json']);
  const token = (json(bigFirst) as { t: string }).t;
  bigRest = ['--max-items', '5', '--starting-token', token, '--query', 'Items[].orderId.S'];
  plan('big head', [...orders.theirs, '--max-items', '4321', ...BIG]);
  plan('big rest', [...orders.theirs, ...bigRest]);
});

it('ends a page at 1 MB when no Limit is given, as the AWS CLI’s pages do', async () => {
  const head = json(theirs('big head')) as { c: number; n: number; t: string };
  expect(json(bigFirst)).toEqual(head);
  // Pages of a few thousand items: the 1 MB bound, not a Limit, ended them.
  expect(head.c).toBeGreaterThan(4321);
  expect(head.c).toBeLessThan(20_000);
  const mine = await list([...orders.ours, ...bigRest, '--output', 'json']);
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
