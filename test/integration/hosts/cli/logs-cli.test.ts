import { expect, it } from 'vitest';
import { cliVsAws, json } from './cli-vs-aws';
import { listingCases, type ListingCase } from './listing-cases';

// CloudWatch Logs' groups, streams and events against /usr/bin/aws on the same local endpoint:
// every page, the events' filter pattern and time range, the merged result --query sees, and
// a --max-items NextToken of each tool resumed by the other. eu-west-1 holds no million-event
// group, so every listing here is small.
const tools = cliVsAws(29, 'eu-west-1');
const { list, beforeBatch, plan, theirs } = tools;

const GROUP = ['--log-group-name', '/ecs/web'];
const MERGED = ['--page-size', '300', '--query', '{n: length(events), s: searchedLogStreams}'];
const JSON_PATTERN_CLI = [
  'logs',
  'filter-log-events',
  ...GROUP,
  '--filter-pattern',
  '{ $.level = "ERROR" }',
];

const cases: ListingCase[] = [
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

listingCases(tools, cases);

/** A stream of the group, found before the batch (the AWS CLI's narrowings name it). */
let stream = '';
const times = ['--start-time', '1709251500000', '--end-time', '1709259000000'];
const eventIds = ['--query', 'events[].eventId', '--output', 'json'];
/** PageScope's arguments and the AWS CLI's for the same narrowing (a stream is a list there). */
const narrowings = (): Array<[string[], string[]]> => [
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

beforeBatch(async () => {
  stream = (await list(['logs-streams', ...GROUP, '--output', 'jsonl'])).stdout
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { logStreamName: string }).logStreamName)[1]!;
  narrowings().forEach(([, t], i) =>
    plan(`narrow ${i}`, ['logs', 'filter-log-events', ...GROUP, ...t, ...eventIds]),
  );
  plan('merged', ['logs', 'filter-log-events', ...GROUP, ...MERGED]);
  plan('json pattern', [...JSON_PATTERN_CLI]);
  plan('too many', ['logs', 'describe-log-groups', '--page-size', '51']);
  plan('missing', ['logs', 'describe-log-streams', '--log-group-name', '/nope']);
});

it('narrows events by filter pattern, stream and time range as the AWS CLI does', async () => {
  const counts: number[] = [];
  for (const [i, [o]] of narrowings().entries()) {
    const mine = json(await list(['logs-events', ...GROUP, ...o, ...eventIds])) as string[];
    expect(mine, o.join(' ')).toEqual(json(theirs(`narrow ${i}`)));
    counts.push(mine.length);
  }
  expect(Math.min(...counts), counts.join(' ')).toBeGreaterThan(0);
  expect(counts[4]).toBeLessThan(counts[3]!);
});

it('merges events and searchedLogStreams as botocore does for --query', async () => {
  expect(json(await list(['logs-events', ...GROUP, ...MERGED, '--output', 'json']))).toEqual(
    json(theirs('merged')),
  );
});

it('refuses what the endpoint does not serve, in both tools alike', async () => {
  expect(theirs('missing').stderr).toContain('ResourceNotFoundException');
  const none = await list(['logs-streams', '--log-group-name', '/nope']);
  expect(none.code).not.toBe(0);
  expect(none.stderr).toContain('Not found');
  expect(theirs('json pattern').stderr).toContain('InvalidParameterException');
  const mine = await list(['logs-events', ...GROUP, '--filter-pattern', '{ $.level = "ERROR" }']);
  expect(mine.code).not.toBe(0);
  expect(mine.stderr).toContain('Invalid filter pattern');
  expect(theirs('too many').stderr).toContain('less than or equal to 50');
  const big = await list(['logs-groups', '--page-size', '51']);
  expect(big.code).not.toBe(0);
  expect(big.stderr).toContain('less than or equal to 50');
});

it('writes a whole listing as CSV exactly as its rows are written batch by batch', async () => {
  const args = ['logs-events', ...GROUP, '--output', 'csv'];
  const whole = await list(args);
  // --max-items keeps the engine's rows (and its sequential listing).
  const rows = await list([...args, '--max-items', '100000000']);
  expect(whole.code).toBe(0);
  expect(whole.stdout.split('\r\n').length).toBeGreaterThan(100);
  expect(whole.stdout).toBe(rows.stdout);
  const bad = ['--filter-pattern', '{ $.level = "ERROR" }'];
  const failed = await list([...args, ...bad]);
  expect(failed.code).not.toBe(0);
  expect(failed.stdout).toBe('');
  expect(failed.stderr).toBe((await list([...args, ...bad, '--max-items', '5'])).stderr);
});
