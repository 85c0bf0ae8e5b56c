import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { awsCliBatch } from './aws-cli-batch';
import { pagescopeInProcess } from './in-process-cli';
import { pagescope } from './run-cli';

// The engine retries a throttled or refused page with jittered exponential backoff, seconds of
// sleep per command. In this process (listHere) the retries happen just as often, without the
// sleeps; the bin's runs keep them.
vi.mock('../../../../electron/engine/paging/backoff', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../electron/engine/paging/backoff')>()),
  backoffDelay: () => 0,
}));

let endpoint: RunningEndpoint;
let home: string;
let keys: Record<string, string>;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 12, objects: 2_000 });
  home = await mkdtemp(join(tmpdir(), 'pagescope-cli-home-'));
  // Credentials from the standard chain: the environment.
  keys = {
    HOME: home,
    AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
    AWS_REGION: 'us-east-1',
  };
  // For the in-process runs (pagescopeInProcess reads this process's environment).
  Object.assign(process.env, keys, { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' });
  delete process.env.AWS_PROFILE;
});
afterAll(() => endpoint.stop());

const list = (args: string[], env: Record<string, string> = keys) =>
  pagescope(['list', ...args, '--endpoint-url', endpoint.url], env);
/**
 * The same command run in this process (runCli, what the bin runs): for checks of rows, requests,
 * a message and an exit code, where a process each costs more than the check. The bin itself is
 * run above, by the first test below and where a run needs its own environment.
 */
const listHere = (args: string[]) =>
  pagescopeInProcess(['list', ...args, '--endpoint-url', endpoint.url]);

describe('pagescope list: output', () => {
  it('streams CSV rows and prints NextToken on stderr when --max-items stops, which resumes exactly', async () => {
    const first = await list([
      's3-objects',
      '--bucket',
      'demo-big',
      '--page-size',
      '3',
      '--max-items',
      '5',
      '--output',
      'csv',
    ]);
    expect(first.code).toBe(0);
    const rows = parse(first.stdout) as string[][];
    expect(rows[0]).toEqual(['Key', 'Size', 'LastModified', 'StorageClass', 'ETag']);
    expect(rows).toHaveLength(6);
    const token = /^NextToken: (\S+)$/m.exec(first.stderr)?.[1];
    expect(token).toBeDefined();
    const second = await list([
      's3-objects',
      '--bucket',
      'demo-big',
      '--page-size',
      '3',
      '--max-items',
      '5',
      '--starting-token',
      token!,
      '--output',
      'csv',
    ]);
    const both = await list([
      's3-objects',
      '--bucket',
      'demo-big',
      '--max-items',
      '10',
      '--output',
      'csv',
    ]);
    expect([...rows.slice(1), ...(parse(second.stdout) as string[][]).slice(1)]).toEqual(
      (parse(both.stdout) as string[][]).slice(1),
    );
  });

  it('lists a whole flat listing as key ranges at once, and stays sequential under --max-items and --query', async () => {
    const listObjects = () =>
      endpoint.requests().filter((r) => r.operation === 'ListObjectsV2').length;
    const args = ['s3-objects', '--bucket', 'demo-big', '--output', 'csv'];
    let before = listObjects();
    const whole = await listHere(args);
    const wholeRequests = listObjects() - before;
    before = listObjects();
    // Stopped by --max-items (here after every key): one request per 1000-key page, as boto3.
    const sequential = await listHere([...args, '--max-items', '2000']);
    const sequentialRequests = listObjects() - before;
    expect(whole.code).toBe(0);
    expect(whole.stderr).toBe('');
    expect(whole.stdout.split('\r\n')).toHaveLength(2_002);
    expect(whole.stdout).toBe(sequential.stdout);
    expect(sequentialRequests).toBe(2);
    // Folder discovery plus ranges that start after their split points.
    expect(wholeRequests).toBeGreaterThan(2);
    const opted = await listHere([...args, '--parallel', '1']);
    expect(opted.stdout).toBe(sequential.stdout);
    // --query sees raw pages, S3's continuation tokens included: those stay sequential.
    before = listObjects();
    const query = ['--query', 'length(Contents)', '--output', 'text', '--parallel', '4'];
    const pages = await listHere(['s3-objects', '--bucket', 'demo-big', ...query]);
    expect(pages.stdout).toBe('1000\n1000\n');
    expect(listObjects() - before).toBe(2);
  });

  it('writes jsonl, json and text', async () => {
    const args = ['s3-objects', '--bucket', 'demo-photos', '--max-items', '3'];
    const [jsonlRun, jsonRun, textRun] = await Promise.all(
      ['jsonl', 'json', 'text'].map((output) => listHere([...args, '--output', output])),
    );
    const jsonl = jsonlRun!.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { Key: string });
    const json = JSON.parse(jsonRun!.stdout) as Array<{ Key: string }>;
    const text = textRun!.stdout
      .trim()
      .split('\n')
      .map((l) => l.split('\t')[0]);
    expect(jsonl).toHaveLength(3);
    expect(json).toEqual(jsonl);
    expect(text).toEqual(jsonl.map((o) => o.Key));
  });

  it('gives the AWS CLI’s results for the same --query', async () => {
    const query = ['--bucket', 'demo-photos', '--query', 'Contents[?Size > `1000000`].Key'];
    const ours = await listHere(['s3-objects', ...query, '--output', 'json']);
    const [theirs] = await awsCliBatch(
      [['s3api', 'list-objects-v2', ...query, '--output', 'json', '--endpoint-url', endpoint.url]],
      keys,
    );
    expect(theirs!.code).toBe(0);
    const expected = JSON.parse(theirs!.stdout) as string[];
    expect(expected.length).toBeGreaterThan(0);
    expect(JSON.parse(ours.stdout)).toEqual(expected);
  });

  it('lists all regions, reporting me-south-1 on stderr', async () => {
    const result = await listHere([
      'ec2-instances',
      '--all-regions',
      '--filter',
      "State.Name == 'running'",
      '--output',
      'jsonl',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('region me-south-1 skipped');
    const regions = new Set(
      result.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { Region: string }).Region),
    );
    expect(regions).toContain('eu-west-1');
    expect(regions).toContain('us-east-1');
  });

  it('uses the built-in endpoint with --profile Demo', async () => {
    const result = await pagescope(
      ['list', 's3-buckets', '--profile', 'Demo', '--output', 'text'],
      { HOME: home },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('demo-photos');
  });
});

describe('pagescope list: exit codes and messages', () => {
  it('exits 2 on bad usage, as a program: the message on stderr, nothing on stdout', async () => {
    const result = await list(['s3-objects', '--bucket', 'b', '--nope']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/Unknown option '--nope'/);
  });

  it.each([
    [[], /Which resource/],
    [['s3-objects', '--bucket', 'b', '--nope'], /Unknown option '--nope'/],
    [['no-such-thing'], /Unknown resource "no-such-thing"/],
    [['s3-objects', '--bucket', 'b', '--filter', 'a', '--query', 'b'], /--filter .* or --query/],
    [
      ['s3-objects', '--bucket', 'b', '--page-size', 'ten'],
      /--page-size must be a positive whole number/,
    ],
    [
      ['s3-objects', '--bucket', 'b', '--output', 'xml'],
      /--output must be one of csv, jsonl, json, text/,
    ],
    [['s3-objects'], /need a bucket/],
  ])('exits 2 on bad usage: %j', async (args, message) => {
    const result = await listHere(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('warns on stderr of a filter that is valid but almost surely not what was meant', async () => {
    const result = await listHere([
      'ec2-instances',
      '--region',
      'us-east-1',
      '--filter',
      'State.Name == "running"',
    ]);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain(
      `pagescope: warning: --filter column 15: "running" in double quotes is a field name, not a string`,
    );
    expect(result.stderr).toContain(`Did you mean: State.Name == 'running'`);
  });

  it('exits 2 on a bad filter and names the column', async () => {
    const result = await listHere([
      's3-objects',
      '--bucket',
      'demo-photos',
      '--filter',
      '[?Size >',
    ]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('Bad filter at column 9');
  });

  it('passes a token that is not botocore JSON to S3 as is, as the AWS CLI does, and exits 2 when S3 rejects it', async () => {
    const result = await listHere([
      's3-objects',
      '--bucket',
      'demo-photos',
      '--starting-token',
      'bm90LWpzb24=',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('The service rejected the pagination token');
  });

  // Each run against its own bucket or endpoint, or in its own process with its own environment
  // (the bin): these mostly wait (on the endpoint, on a process), so they wait side by side.
  it.concurrent(
    'exits 1 on access denied, naming the IAM action and the call',
    async ({ expect }) => {
      const result = await listHere(['s3-objects', '--bucket', 'demo-denied']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        'AWS error (ACCESS_DENIED): Access denied: s3:ListBucket on demo-denied (s3:ListObjectsV2)',
      );
    },
  );

  it.concurrent('exits 1 on a missing bucket', async ({ expect }) => {
    const result = await listHere(['s3-objects', '--bucket', 'no-such-bucket']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('NOT_FOUND');
  });

  it.concurrent('exits 1 on expired credentials and says what to do', async ({ expect }) => {
    endpoint.script({ service: 's3', bucket: 'demo-empty', nth: 1, fault: 'ExpiredToken' });
    const result = await listHere(['s3-objects', '--bucket', 'demo-empty']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/EXPIRED_CREDENTIALS.*have expired: refresh the credentials/);
  });

  it.concurrent('exits 1 when throttling outlasts the retries', async ({ expect }) => {
    endpoint.script({
      service: 's3',
      bucket: 'demo-versions',
      nth: 1,
      times: 1000,
      fault: 'SlowDown',
    });
    const result = await listHere(['s3-objects', '--bucket', 'demo-versions']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('AWS error (THROTTLED): s3:ListObjectsV2 was throttled');
  });

  it.concurrent(
    'exits 1 on a network error and says which',
    async ({ expect }) => {
      const closed = await startEndpoint({ port: 0 });
      await closed.stop();
      const result = await pagescopeInProcess(['list', 's3-buckets', '--endpoint-url', closed.url]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /^pagescope: Network error calling s3:ListBuckets in us-east-1: .*ECONNREFUSED/m,
      );
    },
    120_000,
  );

  it.concurrent(
    'uses the Demo profile when there are no credentials at all, and says so',
    async ({ expect }) => {
      const result = await pagescope(['list', 's3-buckets', '--output', 'text'], { HOME: home });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('demo-photos');
      expect(result.stderr).toContain('no AWS credentials found; using the built-in Demo profile');
    },
  );

  it.concurrent(
    'exits 1 without credentials for an --endpoint-url, saying where they come from',
    async ({ expect }) => {
      const result = await pagescope(['list', 's3-buckets', '--endpoint-url', endpoint.url], {
        HOME: home,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('No AWS credentials found');
    },
  );

  it.concurrent(
    'exits 1 on a malformed config file, naming the file and line',
    async ({ expect }) => {
      const config = join(home, 'broken-config');
      await writeFile(config, '[profile work]\nregion = us-east-1\nregion: eu-west-1\n');
      const result = await pagescope(['list', 's3-buckets', '--profile', 'work'], {
        HOME: home,
        AWS_CONFIG_FILE: config,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${config} line 3`);
    },
  );

  it.concurrent(
    'exits 1 on an SSO profile without a token, saying to run aws sso login',
    async ({ expect }) => {
      const config = join(home, 'sso-config');
      await writeFile(
        config,
        '[profile corp]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\nsso_account_id = 123456789012\nsso_role_name = Reader\nregion = us-east-1\n',
      );
      const result = await pagescope(
        ['list', 's3-buckets', '--profile', 'corp', '--endpoint-url', endpoint.url],
        { HOME: home, AWS_CONFIG_FILE: config },
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('run `aws sso login --profile corp`');
    },
  );
});
