import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { awsCliBatch } from './aws-cli-batch';
import { pagescopeInProcess } from './in-process-cli';
import type { CliRun } from './run-cli';

// Lambda ListFunctions (REST-JSON) against /usr/bin/aws on the same local endpoint: every
// function as the AWS CLI prints it, and a --max-items NextToken of each tool resumed by the other.
let endpoint: RunningEndpoint;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 31, objects: 100 });
  Object.assign(process.env, {
    HOME: await mkdtemp(join(tmpdir(), 'pagescope-lambda-home-')),
    AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
    AWS_REGION: 'eu-west-1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  delete process.env.AWS_PROFILE;
});
afterAll(() => endpoint.stop());

const env = () => ({
  HOME: process.env.HOME!,
  AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
  AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
});
const list = (args: string[], region = 'eu-west-1') =>
  pagescopeInProcess([
    'list',
    'lambda-functions',
    ...args,
    '--region',
    region,
    '--endpoint-url',
    endpoint.url,
  ]);
const aws = (commands: string[][]) =>
  awsCliBatch(
    commands.map((c) => ['--endpoint-url', endpoint.url, ...c]),
    env(),
  );
const json = (run: CliRun): unknown => {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
};
const nextToken = (run: CliRun) => /^NextToken: (\S+)$/m.exec(run.stderr)?.[1] ?? null;
const names = ['--query', 'Functions[].FunctionName', '--output', 'json'];
const cli = (region: string, ...args: string[]) => [
  'lambda',
  'list-functions',
  '--region',
  region,
  ...args,
];

it('lists every function as the AWS CLI prints it, page after page and at any page size', async () => {
  const whole = ['--query', 'Functions', '--output', 'json'];
  const [byTen, byDefault, above, none] = await aws([
    cli('eu-west-1', '--page-size', '10', ...whole),
    cli('eu-west-1', ...names),
    cli('eu-west-1', '--page-size', '80', ...names),
    cli('us-west-2', ...names),
  ]);
  const functions = json(byTen!) as Array<Record<string, unknown>>;
  expect(functions.length).toBeGreaterThan(100);
  expect(functions[0]!.LastModified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000\+0000$/);
  expect(json(await list(['--page-size', '10', ...whole]))).toEqual(functions);
  const allNames = functions.map((f) => f.FunctionName);
  expect(json(byDefault!)).toEqual(allNames);
  expect(json(await list(names))).toEqual(allNames);
  // Above 50 Lambda answers 50 a page, as it documents: both tools still list everything.
  const requests = endpoint.requests().length;
  expect(json(await list(['--page-size', '80', ...names]))).toEqual(json(above!));
  expect(endpoint.requests().length - requests).toBe(Math.ceil(allNames.length / 50));
  expect(json(await list(names, 'us-west-2'))).toEqual(json(none!));
});

it('resumes from a NextToken of the other tool, mid-page and at a page boundary', async () => {
  const query = [
    '--query',
    '{Names: Functions[].FunctionName, Next: NextToken}',
    '--output',
    'json',
  ];
  // 12 of pages of 5 stops inside the third page (boto_truncate_amount 2); 10 ends on a page.
  const cuts = ['12', '10'];
  const firsts = await Promise.all(
    cuts.map((maxItems) => list(['--page-size', '5', '--max-items', maxItems, ...names])),
  );
  const ourTokens = firsts.map((first) => nextToken(first)!);
  const runs = await aws([
    cli('eu-west-1', ...names),
    ...cuts.flatMap((maxItems, i) => [
      cli('eu-west-1', '--page-size', '5', '--max-items', maxItems, ...query),
      cli('eu-west-1', '--page-size', '5', '--starting-token', ourTokens[i]!, ...names),
    ]),
  ]);
  const all = json(runs[0]!);
  for (const [i, first] of firsts.entries()) {
    const head = json(runs[1 + 2 * i]!) as { Names: string[]; Next: string };
    expect(json(first)).toEqual(head.Names);
    expect(head.Next).toBe(ourTokens[i]);
    const ours = await list(['--page-size', '5', '--starting-token', head.Next, ...names]);
    expect(json(ours)).toEqual(json(runs[2 + 2 * i]!));
    expect([...head.Names, ...(json(ours) as string[])]).toEqual(all);
  }
});

it('names the IAM action when Lambda denies the listing, and rides out throttling', async () => {
  endpoint.script({ service: 'lambda', operation: 'ListFunctions', nth: 1, fault: 'AccessDenied' });
  const denied = await list(names);
  expect(denied.code).toBe(1);
  expect(denied.stderr).toContain('lambda:ListFunctions');
  const [all] = await aws([cli('eu-west-1', ...names)]);
  // TooManyRequestsException (429) on the second page: retried, nothing lost.
  endpoint.script({
    service: 'lambda',
    operation: 'ListFunctions',
    nth: 2,
    fault: 'RequestLimitExceeded',
  });
  const requests = endpoint.requests().length;
  expect(json(await list(['--page-size', '20', ...names]))).toEqual(json(all!));
  const statuses = endpoint
    .requests()
    .slice(requests)
    .map((r) => r.status);
  expect(statuses).toContain(429);
});
