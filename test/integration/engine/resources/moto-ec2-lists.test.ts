import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getResource } from '../../../../electron/engine/resources/registry';
import { pagescopeInProcess } from '../../hosts/cli/in-process-cli';
import { motoMissing, startMoto, type MotoServer } from '../paging/moto-server';

// moto, a third-party EC2 emulator, as a judge beside the local endpoint: what PageScope lists of
// each EC2 resource equals boto3's paginator over the same moto data. (moto answers
// DescribeImages in one page whatever MaxResults asks: its images are compared unpaged.)
const run = promisify(execFile);
const script = new URL('./fixtures/boto3-ec2.py', import.meta.url).pathname;
const missing = motoMissing();
let moto: MotoServer | null = null;
const env = {
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_DEFAULT_REGION: 'us-east-1',
};

const boto3 = async (args: string[]) =>
  (await run('python3', [script, moto!.url, ...args], { env: { ...process.env, ...env } })).stdout;

beforeAll(async () => {
  if (missing) return;
  moto = await startMoto();
  await boto3(['seed']);
  const home = mkdtempSync(join(tmpdir(), 'pagescope-moto-ec2-'));
  Object.assign(process.env, env, {
    HOME: home,
    AWS_CONFIG_FILE: join(home, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'none'),
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  delete process.env.AWS_PROFILE;
}, 120_000);
afterAll(() => moto?.stop());

const cases = [
  ['ec2-vpcs', 'describe_vpcs', {}],
  ['ec2-subnets', 'describe_subnets', {}],
  ['ec2-security-groups', 'describe_security_groups', {}],
  ['ec2-volumes', 'describe_volumes', {}],
  ['ec2-snapshots', 'describe_snapshots', { OwnerIds: ['self'] }],
  ['ec2-images', 'describe_images', { Owners: ['self'] }],
] as const;

describe.each(cases)('%s on moto', (kind, operation, params) => {
  it("lists what boto3's paginator lists, in its order", async (ctx) => {
    ctx.skip(missing !== null, `${missing}: the moto comparison cannot run`);
    const { info } = getResource(kind);
    const theirs = JSON.parse(
      await boto3(['list', operation, info.itemsPath, info.keyColumn, JSON.stringify(params)]),
    ) as string[];
    expect(theirs.length).toBeGreaterThan(
      kind === 'ec2-snapshots' || kind === 'ec2-images' ? 5 : 10,
    );
    const ours = await pagescopeInProcess([
      'list',
      kind,
      '--region',
      'us-east-1',
      '--endpoint-url',
      moto!.url,
      '--page-size',
      '5',
      '--query',
      `${info.itemsPath}[].${info.keyColumn}`,
      '--output',
      'json',
    ]);
    expect(ours.code, ours.stderr).toBe(0);
    expect(JSON.parse(ours.stdout)).toEqual(theirs);
  });
});
