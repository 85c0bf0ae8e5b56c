import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pagescopeInProcess } from '../../hosts/cli/in-process-cli';
import { motoMissing, startMoto, type MotoServer } from '../paging/moto-server';

// moto, a third-party emulator, as a judge of the REST services beside the local endpoint: what
// PageScope lists of Lambda functions, Route 53 hosted zones and a zone's record sets equals
// boto3's paginator over the same moto data. moto's ListResourceRecordSets ignores
// StartRecordIdentifier and never returns NextRecordIdentifier, so its data here holds no
// weighted or latency sets (a page boundary inside one would loop in boto3 and PageScope alike);
// the three-part tokens are judged against the AWS CLI on the local endpoint (route53-cli.test.ts).
const run = promisify(execFile);
const script = new URL('./fixtures/boto3-rest-services.py', import.meta.url).pathname;
const missing = motoMissing();
let moto: MotoServer | null = null;
const env = {
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_DEFAULT_REGION: 'us-east-1',
};

const boto3 = async (args: string[]) =>
  (await run('python3', [script, moto!.url, ...args], { env: { ...process.env, ...env } })).stdout;

const pagescope = async (args: string[]) => {
  const ours = await pagescopeInProcess([
    'list',
    ...args,
    '--region',
    'us-east-1',
    '--endpoint-url',
    moto!.url,
    '--page-size',
    '5',
    '--output',
    'json',
  ]);
  expect(ours.code, ours.stderr).toBe(0);
  return JSON.parse(ours.stdout) as unknown;
};

beforeAll(async () => {
  if (missing) return;
  moto = await startMoto();
  await boto3(['seed']);
  const home = mkdtempSync(join(tmpdir(), 'pagescope-moto-rest-'));
  Object.assign(process.env, env, {
    HOME: home,
    AWS_CONFIG_FILE: join(home, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'none'),
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  delete process.env.AWS_PROFILE;
}, 120_000);
afterAll(() => moto?.stop());

it("lists Lambda functions as boto3's paginator does", async (ctx) => {
  ctx.skip(missing !== null, `${missing}: the moto comparison cannot run`);
  const theirs = JSON.parse(
    await boto3(['list', 'lambda', 'list_functions', 'Functions', 'FunctionName,Runtime', '{}']),
  ) as unknown[];
  expect(theirs.length).toBe(13);
  const query = 'Functions[].[FunctionName, Runtime]';
  expect(await pagescope(['lambda-functions', '--query', query])).toEqual(theirs);
});

it("lists hosted zones, and a zone's record sets, as boto3's paginator does", async (ctx) => {
  ctx.skip(missing !== null, `${missing}: the moto comparison cannot run`);
  const zones = JSON.parse(
    await boto3(['list', 'route53', 'list_hosted_zones', 'HostedZones', 'Id,Name', '{}']),
  ) as Array<[string, string]>;
  expect(zones.length).toBe(7);
  expect(await pagescope(['route53-hosted-zones', '--query', 'HostedZones[].[Id, Name]'])).toEqual(
    zones,
  );
  const zone = zones.find(([, name]) => name === 'zone-0.example.com.')![0];
  const params = JSON.stringify({ HostedZoneId: zone });
  const theirs = JSON.parse(
    await boto3([
      'list',
      'route53',
      'list_resource_record_sets',
      'ResourceRecordSets',
      'Name,Type',
      params,
    ]),
  ) as unknown[];
  expect(theirs.length).toBe(20);
  const query = 'ResourceRecordSets[].[Name, Type]';
  expect(
    await pagescope(['route53-record-sets', '--hosted-zone-id', zone, '--query', query]),
  ).toEqual(theirs);
});
