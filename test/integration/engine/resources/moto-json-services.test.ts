import { describe, expect, it } from 'vitest';
import { useMoto } from './moto-judge';

// moto, a third-party emulator, as a judge beside the local endpoint for the JSON-protocol
// services: what PageScope lists of CloudWatch Logs and DynamoDB equals boto3's paginator
// (build_full_result) over the same moto data, and a boto3 NextToken resumes in PageScope.
type Full = Record<string, unknown>;
type Request = [
  service: string,
  operation: string,
  pageSize: number,
  params: object,
  maxItems: number | null,
];

const boto3Results = new Map<string, Full>();

const moto = useMoto(
  new URL('./fixtures/boto3-json-services.py', import.meta.url),
  async (judge) => {
    await judge.boto3(['seed']);
    const requests: Array<[string, Request]> = cases.map((c, i) => [
      String(i),
      [c.service, c.operation, c.pageSize, c.params, null],
    ]);
    const blobs = { TableName: 'blobs' };
    requests.push(['blobs all', ['dynamodb', 'scan', 5, blobs, null]]);
    requests.push(['blobs head', ['dynamodb', 'scan', 5, blobs, 8]]);
    // boto3's merged results of every request, from one Python process, a line each.
    const lines = await judge.boto3(
      ['lists'],
      requests.map(([, r]) => JSON.stringify(r)).join('\n') + '\n',
    );
    const results = lines
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Full);
    requests.forEach(([key], i) => boto3Results.set(key, results[i]!));
  },
);
const pagescope = (args: string[]) => moto.list(args);

interface Case {
  kind: string;
  flags: string[];
  service: 'logs' | 'dynamodb';
  operation: string;
  params: Record<string, unknown>;
  pageSize: number;
  /** The merged result's keys compared, as --query picks them. */
  query: string;
  keys: string[];
}

const cases: Case[] = [
  {
    kind: 'logs-groups',
    flags: [],
    service: 'logs',
    operation: 'describe_log_groups',
    params: {},
    pageSize: 5,
    query: '{logGroups: logGroups[].logGroupName}',
    keys: ['logGroups'],
  },
  {
    kind: 'logs-streams',
    flags: ['--log-group-name', '/app/service-00'],
    service: 'logs',
    operation: 'describe_log_streams',
    params: { logGroupName: '/app/service-00' },
    pageSize: 2,
    query: '{logStreams: logStreams[].logStreamName}',
    keys: ['logStreams'],
  },
  {
    kind: 'logs-events',
    flags: ['--log-group-name', '/app/service-00', '--filter-pattern', 'ERROR'],
    service: 'logs',
    operation: 'filter_log_events',
    params: { logGroupName: '/app/service-00', filterPattern: 'ERROR' },
    pageSize: 7,
    query: '{events: events[].[logStreamName, timestamp, message], s: searchedLogStreams}',
    keys: ['events', 'searchedLogStreams'],
  },
  {
    kind: 'logs-events',
    flags: ['--log-group-name', '/app/service-00', '--log-stream-name', 'stream-1'],
    service: 'logs',
    operation: 'filter_log_events',
    params: { logGroupName: '/app/service-00', logStreamNames: ['stream-1'] },
    pageSize: 9,
    query: '{events: events[].message}',
    keys: ['events'],
  },
  {
    kind: 'dynamodb-tables',
    flags: [],
    service: 'dynamodb',
    operation: 'list_tables',
    params: {},
    pageSize: 3,
    query: '{TableNames: TableNames}',
    keys: ['TableNames'],
  },
  ...['people', 'visits', 'blobs'].map((table): Case => ({
    kind: 'dynamodb-items',
    flags: ['--table-name', table],
    service: 'dynamodb',
    operation: 'scan',
    params: { TableName: table },
    pageSize: 7,
    query: '{Items: Items, Count: Count, ScannedCount: ScannedCount}',
    keys: ['Items', 'Count', 'ScannedCount'],
  })),
];

/** The merged result as --query reads it from boto3's: lists mapped as the query maps them. */
const picked = (full: Record<string, unknown>, c: Case): Record<string, unknown> => {
  const get = (key: string) => full[key] ?? null;
  switch (c.kind) {
    case 'logs-groups':
      return {
        logGroups: (get('logGroups') as Array<{ logGroupName: string }>).map((g) => g.logGroupName),
      };
    case 'logs-streams':
      return {
        logStreams: (get('logStreams') as Array<{ logStreamName: string }>).map(
          (s) => s.logStreamName,
        ),
      };
    case 'logs-events': {
      const events = get('events') as Array<Record<string, unknown>>;
      return c.keys.length === 2
        ? {
            events: events.map((e) => [e.logStreamName, e.timestamp, e.message]),
            s: get('searchedLogStreams'),
          }
        : { events: events.map((e) => e.message) };
    }
    default:
      return Object.fromEntries(c.keys.map((k) => [k, get(k)]));
  }
};

describe.each(cases.map((c, i) => ({ ...c, i })))('$kind $flags on moto', (c) => {
  it("lists what boto3's paginator lists, in its order, merged as botocore merges it", async (ctx) => {
    ctx.skip(moto.missing !== null, `${moto.missing}: the moto comparison cannot run`);
    const theirs = boto3Results.get(String(c.i))!;
    const primary = theirs[c.keys[0]!] as unknown[];
    expect(primary.length).toBeGreaterThan(c.pageSize);
    const ours = await pagescope([
      c.kind,
      ...c.flags,
      '--page-size',
      String(c.pageSize),
      '--query',
      c.query,
    ]);
    expect(ours).toEqual(picked(theirs, c));
  });
});

it('resumes a boto3 NextToken over a binary DynamoDB key, and writes the same token boto3 does', async (ctx) => {
  ctx.skip(moto.missing !== null, `${moto.missing}: the moto comparison cannot run`);
  const all = boto3Results.get('blobs all')!;
  const head = boto3Results.get('blobs head')!;
  const token = head.NextToken as string;
  expect(JSON.parse(Buffer.from(token, 'base64').toString())).toHaveProperty('boto_encoded_keys');
  const flags = ['dynamodb-items', '--table-name', 'blobs', '--page-size', '5'];
  const rest = await pagescope([...flags, '--starting-token', token, '--query', 'Items']);
  expect(rest).toEqual((all.Items as unknown[]).slice(8));
  const ourHead = (await pagescope([
    ...flags,
    '--max-items',
    '8',
    '--query',
    '{Items: Items, NextToken: NextToken}',
  ])) as {
    Items: unknown[];
    NextToken: string;
  };
  expect(ourHead.Items).toEqual(head.Items);
  expect(ourHead.NextToken).toBe(token);
});
