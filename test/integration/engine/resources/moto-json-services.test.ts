import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagescopeInProcess } from '../../hosts/cli/in-process-cli';
import { motoMissing, startMoto, type MotoServer } from '../paging/moto-server';

// moto, a third-party emulator, as a judge beside the local endpoint for the JSON-protocol
// services: what PageScope lists of CloudWatch Logs and DynamoDB equals boto3's paginator
// (build_full_result) over the same moto data, and a boto3 NextToken resumes in PageScope.
const run = promisify(execFile);
const script = new URL('./fixtures/boto3-json-services.py', import.meta.url).pathname;
const missing = motoMissing();
let moto: MotoServer | null = null;
const env = {
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_DEFAULT_REGION: 'us-east-1',
};

type Full = Record<string, unknown>;
type Request = [
  service: string,
  operation: string,
  pageSize: number,
  params: object,
  maxItems: number | null,
];

/** boto3's merged results of each request, from one Python process. */
const boto3Lists = (requests: Request[]): Promise<Full[]> =>
  new Promise((resolve, reject) => {
    const child = execFile(
      'python3',
      [script, moto!.url, 'lists'],
      { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${error.message}: ${stderr}`));
        resolve(
          stdout
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line) as Full),
        );
      },
    );
    child.stdin!.end(requests.map((r) => JSON.stringify(r)).join('\n') + '\n');
  });
const boto3Results = new Map<string, Full>();

beforeAll(async () => {
  if (missing) return;
  moto = await startMoto();
  await run('python3', [script, moto.url, 'seed'], { env: { ...process.env, ...env } });
  const requests: Array<[string, Request]> = cases.map((c, i) => [
    String(i),
    [c.service, c.operation, c.pageSize, c.params, null],
  ]);
  const blobs = { TableName: 'blobs' };
  requests.push(['blobs all', ['dynamodb', 'scan', 5, blobs, null]]);
  requests.push(['blobs head', ['dynamodb', 'scan', 5, blobs, 8]]);
  const results = await boto3Lists(requests.map(([, r]) => r));
  requests.forEach(([key], i) => boto3Results.set(key, results[i]!));
  const home = mkdtempSync(join(tmpdir(), 'pagescope-moto-json-'));
  Object.assign(process.env, env, {
    HOME: home,
    AWS_CONFIG_FILE: join(home, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'none'),
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  delete process.env.AWS_PROFILE;
}, 120_000);
afterAll(() => moto?.stop());

const pagescope = async (args: string[]): Promise<unknown> => {
  const out = await pagescopeInProcess([
    'list',
    ...args,
    '--region',
    'us-east-1',
    '--endpoint-url',
    moto!.url,
    '--output',
    'json',
  ]);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
};

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
    ctx.skip(missing !== null, `${missing}: the moto comparison cannot run`);
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
  ctx.skip(missing !== null, `${missing}: the moto comparison cannot run`);
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
