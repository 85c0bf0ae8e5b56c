import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';
import { EDGE_KEYS } from '../../../electron/endpoint/data/demo-edge';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../shared/demo-credentials';
import { ec2Client } from './endpoint-clients';
import { byteOrder } from './reference-listing';

/**
 * The AWS CLI v2 and boto3 are independent implementations of the same protocols: if they list the
 * endpoint unchanged and get what the JS SDK gets, the endpoint is not fitted to one client.
 * Debian's copies are named explicitly (a pyenv Python and AWS CLI v1 come first on PATH here).
 */
const AWS = '/usr/bin/aws';
const PYTHON = '/usr/bin/python3';
const run = promisify(execFile);
let endpoint: RunningEndpoint;

const cleanEnv = {
  PATH: '/usr/bin:/bin',
  HOME: process.env.HOME ?? '/tmp',
  AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
  AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_PAGER: '',
};

beforeAll(async () => {
  endpoint = await startEndpoint({ objects: 2500, seed: 9 });
});
afterAll(() => endpoint.stop());

describe('the AWS CLI v2', () => {
  it('lists demo-edge with s3api list-objects-v2 and decodes every awkward key back', async () => {
    expect(
      existsSync(AWS),
      `${AWS} is missing: install Debian's awscli (apt-get install awscli)`,
    ).toBe(true);
    const { stdout } = await run(
      AWS,
      [
        's3api',
        'list-objects-v2',
        '--endpoint-url',
        endpoint.url,
        '--bucket',
        'demo-edge',
        '--page-size',
        '5',
        '--output',
        'json',
      ],
      { env: cleanEnv },
    );
    const listed = JSON.parse(stdout) as { Contents: Array<{ Key: string }> };
    expect(listed.Contents.map((object) => object.Key)).toEqual([...EDGE_KEYS].sort(byteOrder));
    const calls = endpoint.requests().filter((r) => r.bucket === 'demo-edge');
    expect(calls.length).toBe(Math.ceil(EDGE_KEYS.length / 5));
    expect(calls.every((r) => r.operation === 'ListObjectsV2' && r.status === 200)).toBe(true);
  });
});

describe('boto3', () => {
  it('pages through demo-big and an EC2 region with its paginators', async () => {
    expect(existsSync(PYTHON), `${PYTHON} is missing: install Debian's python3-boto3`).toBe(true);
    const script = new URL('./fixtures/boto3-list.py', import.meta.url).pathname;
    const { stdout } = await run(PYTHON, [script, endpoint.url, 'demo-big', '400'], {
      env: {
        PATH: '/usr/bin:/bin',
        HOME: cleanEnv.HOME,
        AWS_CONFIG_FILE: '/dev/null',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
      },
      maxBuffer: 16 * 1024 * 1024,
    });
    const result = JSON.parse(stdout) as { keys: string[]; pages: number; instances: string[] };
    expect(result.pages).toBe(Math.ceil(2500 / 400));
    expect(result.keys).toHaveLength(2500);
    expect(new Set(result.keys).size).toBe(2500);
    expect([...result.keys].sort(byteOrder)).toEqual(result.keys);
    const sdk = await ec2Client(endpoint, { region: 'eu-west-1' }).send(
      new DescribeInstancesCommand({}),
    );
    const expected = (sdk.Reservations ?? [])
      .flatMap((r) => r.Instances ?? [])
      .map((i) => i.InstanceId);
    expect(result.instances).toEqual(expected);
  });
});
