import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getResource } from '../../../../electron/engine/resources/registry';
import { pagescopeInProcess } from '../../hosts/cli/in-process-cli';
import { motoMissing, startMoto, type MotoServer } from '../paging/moto-server';

// moto, a third-party AWS emulator, as a judge beside the local endpoint: what PageScope lists of
// IAM, CloudFormation and RDS equals boto3's paginator over the same moto data.
const run = promisify(execFile);
const script = new URL('./fixtures/boto3-query-services.py', import.meta.url).pathname;
const missing = motoMissing();
let moto: MotoServer | null = null;
const env = {
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_DEFAULT_REGION: 'us-east-1',
};

// [kind, botocore operation, its parameters, the view's parameters, page size (0: none)].
const cases = [
  ['iam-users', 'list_users', {}, [], 5],
  ['iam-roles', 'list_roles', {}, [], 5],
  ['iam-policies', 'list_policies', { Scope: 'Local' }, [], 5],
  ['cloudformation-stacks', 'describe_stacks', {}, [], 0],
  [
    'cloudformation-stack-resources',
    'list_stack_resources',
    { StackName: 'stack-3' },
    ['--stack-name', 'stack-3'],
    0,
  ],
  ['rds-db-instances', 'describe_db_instances', {}, [], 20],
] as const;

/** What boto3's paginator lists of each case over moto, by kind. */
let theirs: Record<string, string[]>;

beforeAll(async () => {
  if (missing) return;
  moto = await startMoto();
  // One Python process makes the data and lists every case (a start costs about a second).
  const listings = Object.fromEntries(
    cases.map(([kind, operation, params, , pageSize]) => {
      const { info } = getResource(kind);
      const listing = [info.service, operation, info.itemsPath, info.keyColumn, params, pageSize];
      return [kind, listing];
    }),
  );
  const { stdout } = await run('python3', [script, moto.url, JSON.stringify(listings)], {
    env: { ...process.env, ...env },
  });
  theirs = JSON.parse(stdout) as Record<string, string[]>;
  const home = mkdtempSync(join(tmpdir(), 'pagescope-moto-query-'));
  Object.assign(process.env, env, {
    HOME: home,
    AWS_CONFIG_FILE: join(home, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'none'),
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  delete process.env.AWS_PROFILE;
}, 120_000);
afterAll(() => moto?.stop());

describe.each(cases)('%s on moto', (kind, _operation, _params, viewParams, pageSize) => {
  it("lists what boto3's paginator lists, in its order", async (ctx) => {
    ctx.skip(missing !== null, `${missing}: the moto comparison cannot run`);
    const { info } = getResource(kind);
    const listed = theirs[kind]!;
    expect(listed.length).toBeGreaterThan(kind === 'cloudformation-stacks' ? 3 : 10);
    const ours = await pagescopeInProcess([
      'list',
      kind,
      ...viewParams,
      '--region',
      'us-east-1',
      '--endpoint-url',
      moto!.url,
      ...(pageSize > 0 ? ['--page-size', String(pageSize)] : []),
      '--query',
      `${info.itemsPath}[].${info.keyColumn}`,
      '--output',
      'json',
    ]);
    expect(ours.code, ours.stderr).toBe(0);
    expect(JSON.parse(ours.stdout)).toEqual(listed);
  });
});
