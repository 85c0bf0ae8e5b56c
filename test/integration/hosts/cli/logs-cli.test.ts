import { beforeAll, describe, expect, it } from 'vitest';
import type { CliRun } from './run-cli';
import { cliVsAws, json, nextToken } from './cli-vs-aws';

// CloudWatch Logs' groups, streams and events against /usr/bin/aws on the same local endpoint:
// every page, the events' filter pattern and time range, the merged result --query sees, and
// a --max-items NextToken of each tool resumed by the other. eu-west-1 holds no million-event
// group, so every listing here is small. Every AWS CLI command runs in one batch (one Python
// start), planned before the tests from what PageScope printed first (its NextTokens).
const { list, aws } = cliVsAws(29, 'eu-west-1');
const planned: Array<[key: string, args: string[]]> = [];
const awsRuns = new Map<string, CliRun>();
const plan = (key: string, args: string[]) => planned.push([key, args]);
const theirs = (key: string): CliRun => awsRuns.get(key)!;
/** PageScope's --max-items run of each case, made before the batch (its token is in it). */
const firsts = new Map<string, CliRun>();
let stream = '';

beforeAll(async () => {
  await planCases();
  await planNarrowings();
  const results = await aws(planned.map(([, args]) => args));
  planned.forEach(([key], i) => awsRuns.set(key, results[i]!));
}, 120_000);
const GROUP = ['--log-group-name', '/ecs/web'];
const MERGED = ['--page-size', '300', '--query', '{n: length(events), s: searchedLogStreams}'];
const JSON_PATTERN_CLI = [
  'logs',
  'filter-log-events',
  ...GROUP,
  '--filter-pattern',
  '{ $.level = "ERROR" }',
];

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

async function planNarrowings(): Promise<void> {
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
}

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
