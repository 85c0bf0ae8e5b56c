import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { forgetClients } from '../../../../electron/engine/aws/clients';
import { forgetProfiles } from '../../../../electron/engine/aws/resolve-profile';
import { awsCliSession, type AwsCliSession } from './aws-cli-batch';
import { pagescopeInProcess } from './in-process-cli';
import type { CliRun } from './run-cli';

const OBJECTS = 1_600;
/** A bucket without folders: its listing is one key range, so its requests can be counted. */
const FLAT_KEYS = Array.from({ length: 250 }, (_, i) => `flat-${String(i).padStart(4, '0')}`);

let endpoint: RunningEndpoint;
let keys: Record<string, string>;
let awsSession: AwsCliSession;

beforeAll(async () => {
  endpoint = await startEndpoint({
    port: 0,
    seed: 5,
    objects: OBJECTS,
    buckets: [{ name: 'flat', keys: FLAT_KEYS }],
  });
  keys = {
    HOME: await mkdtemp(join(tmpdir(), 'pagescope-cli-home-')),
    AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
    AWS_REGION: 'us-east-1',
  };
  // For the in-process runs (pagescopeInProcess reads this process's environment).
  Object.assign(process.env, keys, { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' });
  delete process.env.AWS_PROFILE;
  awsSession = awsCliSession(keys);
});
afterAll(() => Promise.all([endpoint.stop(), awsSession.close()]));

/**
 * `pagescope list` run in this process (runCli, what the bin runs): these tests are about the
 * listing and its messages, not the process, which list-cli.test.ts runs.
 */
const list = (args: string[]) =>
  pagescopeInProcess(['list', ...args, '--endpoint-url', endpoint.url]);
/** `list` with other keys in the environment, re-read by the engine, then the file's keys again. */
const listWithKeys = async (args: string[], env: Record<string, string>) => {
  const reread = (values: Record<string, string>) => {
    Object.assign(process.env, values);
    forgetProfiles();
    forgetClients();
  };
  reread(env);
  try {
    return await list(args);
  } finally {
    reread(keys);
  }
};
/** The AWS CLI's output for each command line, from one Python process (aws-cli-batch.ts). */
const aws = (commands: string[][]) =>
  awsSession.run(commands.map((args) => ['--endpoint-url', endpoint.url, ...args]));

const keysOf = (run: CliRun): string[] =>
  run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { Key: string }).Key);
const nextToken = (run: CliRun): string | null =>
  /^NextToken: (\S+)$/m.exec(run.stderr)?.[1] ?? null;

const bigObjects = ['s3-objects', '--bucket', 'demo-big'];

describe('the NextToken of the ordered parallel listing', () => {
  let full: string[];
  beforeAll(async () => {
    full = keysOf(await list(bigObjects));
    expect(full).toHaveLength(OBJECTS);
  });

  it('resumes right after the last row printed, with any page size', async () => {
    const cases = [
      [[], []],
      [
        ['--page-size', '7'],
        ['--page-size', '5'],
      ],
      [
        ['--page-size', '300'],
        ['--page-size', '40', '--parallel', '2'],
      ],
    ];
    // Each case counts nothing on the endpoint: side by side.
    await Promise.all(
      cases.map(async ([first, resumed]) => {
        const a = await list([...bigObjects, '--max-items', '1000', '--parallel', '4', ...first!]);
        const token = nextToken(a);
        expect(token).not.toBeNull();
        const b = await list([...bigObjects, '--starting-token', token!, ...resumed!]);
        expect({ first, resumed, rows: [...keysOf(a), ...keysOf(b)] }).toEqual({
          first,
          resumed,
          rows: full,
        });
      }),
    );
  });
});

describe('--page-size', () => {
  const listRequests = (bucket: string) =>
    endpoint.requests().filter((r) => r.operation === 'ListObjectsV2' && r.bucket === bucket)
      .length;

  it('bounds every request of the whole (parallel) listing, as of the sequential one', async () => {
    const cases: Array<{ args: string[]; requests: number }> = [
      // One discovery request, then 250 keys 20 at a time.
      { args: ['--page-size', '20'], requests: 1 + 13 },
      { args: ['--page-size', '20', '--parallel', '4'], requests: 1 + 13 },
      { args: ['--page-size', '20', '--max-items', '100'], requests: 5 },
      { args: [], requests: 1 + 1 },
    ];
    for (const { args, requests } of cases) {
      const before = listRequests('flat');
      const run = await list(['s3-objects', '--bucket', 'flat', ...args]);
      expect({ args, rows: keysOf(run).length, requests: listRequests('flat') - before }).toEqual({
        args,
        rows: args.includes('--max-items') ? 100 : FLAT_KEYS.length,
        requests,
      });
    }
  });
});

describe('--starting-token as the AWS CLI reads it', () => {
  const forms = [
    ['the NextContinuationToken S3 returned', (t: string) => t, 5],
    ['the old TOKEN___ITEMS form', (t: string) => `${t}___2`, 3],
  ] as const;
  const notJson = Buffer.from('not-json').toString('base64');
  let raw: string;
  /** What the AWS CLI lists from each form of the token, then what it says of notJson. */
  let theirs: CliRun[];
  beforeAll(async () => {
    const [page] = await aws([
      [
        's3api',
        'list-objects-v2',
        '--bucket',
        'demo-big',
        '--max-keys',
        '7',
        '--no-paginate',
        '--query',
        'NextContinuationToken',
        '--output',
        'text',
      ],
    ]);
    raw = page!.stdout.trim();
    expect(raw).toMatch(/^[A-Za-z0-9+/=]+$/);
    theirs = await aws([
      ...forms.map(([, form, max]) => [
        's3api',
        'list-objects-v2',
        '--bucket',
        'demo-big',
        '--starting-token',
        form(raw),
        '--max-items',
        String(max),
        '--page-size',
        '7',
        '--query',
        '{keys: Contents[].Key, token: NextToken}',
      ]),
      ['s3api', 'list-objects-v2', '--bucket', 'demo-big', '--starting-token', notJson],
    ]);
  });

  it.each(forms.map(([what, form, max], i) => [what, form, max, i] as const))(
    'takes %s, with the same rows and NextToken as the AWS CLI',
    async (_what, form, max, i) => {
      const cli = theirs[i]!;
      expect(cli.code).toBe(0);
      const expected = JSON.parse(cli.stdout) as { keys: string[]; token: string };
      const run = await list([
        ...bigObjects,
        '--starting-token',
        form(raw),
        '--max-items',
        String(max),
        '--page-size',
        '7',
      ]);
      expect(run.code).toBe(0);
      expect({ keys: keysOf(run), token: nextToken(run) }).toEqual(expected);
    },
  );

  it('passes a token that is no NextToken on to S3, as the AWS CLI does; exit 2 when S3 refuses it', async () => {
    const run = await list([...bigObjects, '--starting-token', notJson]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'rejected the pagination token: The continuation token provided is incorrect',
    );
    const cli = theirs[forms.length]!;
    expect(cli.stderr).toContain('The continuation token provided is incorrect');
  });
});

describe('--all-regions', () => {
  it.each([
    ['s3-objects', '--bucket', 'demo-big'],
    ['s3-object-versions', '--bucket', 'demo-versions'],
    ['s3-buckets'],
  ])('is a usage error for %s, which has no regions', async (resource, ...rest) => {
    const run = await list([resource, ...rest, '--all-regions']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`--all-regions does not apply to ${resource}`);
  });
});

describe('--all-regions with --max-items', () => {
  const instances = ['ec2-instances', '--all-regions', '--page-size', '50', '--max-items', '100'];
  const regionsOf = (run: CliRun) =>
    run.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { Region: string }).Region);

  it('keeps the same rows and prints the same NextToken however fast each region answers', async () => {
    const calm = await list(instances);
    // The first region answers last: its rows still come first, and MaxItems counts them first.
    endpoint.script({
      service: 'ec2',
      region: 'ap-southeast-2',
      operation: 'DescribeInstances',
      nth: 1,
      fault: 'Slow',
    });
    const slowFirst = await list(instances);
    endpoint.script({
      service: 'ec2',
      region: 'eu-west-1',
      operation: 'DescribeInstances',
      nth: 1,
      fault: 'Slow',
    });
    const slowSecond = await list(instances);
    expect(new Set(regionsOf(calm))).toEqual(new Set(['ap-southeast-2', 'eu-west-1']));
    expect([...new Set(regionsOf(calm))]).toEqual(['ap-southeast-2', 'eu-west-1']);
    for (const run of [slowFirst, slowSecond]) {
      expect(run.stdout).toBe(calm.stdout);
      expect(nextToken(run)).toBe(nextToken(calm));
    }
    const rest = await list([
      'ec2-instances',
      '--all-regions',
      '--starting-token',
      nextToken(calm)!,
    ]);
    const whole = await list(['ec2-instances', '--all-regions']);
    expect(calm.stdout + rest.stdout).toBe(whole.stdout);
  });
});

describe('credentials the service refuses', () => {
  const wrong = () => ({ ...keys, AWS_SECRET_ACCESS_KEY: 'not-the-secret' });
  const unknown = () => ({ ...keys, AWS_ACCESS_KEY_ID: 'AKIAUNKNOWNUNKNOWN00' });

  it.for([
    ['EC2 in one region, wrong secret', ['ec2-instances', '--region', 'us-east-1'], wrong],
    ['EC2 in one region, unknown key', ['ec2-instances', '--region', 'us-east-1'], unknown],
    ['EC2 in all regions', ['ec2-instances', '--all-regions'], wrong],
    ['S3, wrong secret', bigObjects, wrong],
    ['S3, unknown key', bigObjects, unknown],
  ] as const)(
    '%s: exit 1, and the message says the credentials were refused',
    async ([, args, env]) => {
      const run = await listWithKeys([...args], env());
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/credentials of profile \S+ were refused/);
      expect(run.stderr).not.toMatch(/not enabled/i);
    },
  );
});
