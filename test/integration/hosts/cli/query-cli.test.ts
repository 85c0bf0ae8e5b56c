import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { awsCliSession, type AwsCliSession } from './aws-cli-batch';
import { pagescopeInProcess } from './in-process-cli';
import { datasets, type QueryDataset } from './query-corpus';
import type { CliRun } from './run-cli';

let endpoint: RunningEndpoint;
let env: Record<string, string>;
let awsSession: AwsCliSession;
/** The AWS CLI's run of each case, answered in the order of the cases, which the tests follow. */
const expected = new Map<string, Promise<CliRun>>();

const FORMATS = ['json', 'text'] as const;
const caseKey = (d: QueryDataset, query: string, format: string) =>
  JSON.stringify([d.name, query, format]);
const cases = datasets.flatMap((d) => [
  ...d.queries.flatMap((q) => FORMATS.map((f) => ({ d, q, f }))),
  ...(d.jsonOnly ?? []).map((q) => ({ d, q, f: 'json' as const })),
]);

const aws = (args: string[]) => ['--endpoint-url', endpoint.url, '--region', 'us-east-1', ...args];
const pagescope = (args: string[]) =>
  pagescopeInProcess(['list', ...args, '--endpoint-url', endpoint.url]);

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 12, objects: 2_000 });
  env = {
    HOME: await mkdtemp(join(tmpdir(), 'pagescope-query-home-')),
    AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
    AWS_REGION: 'us-east-1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  Object.assign(process.env, env);
  delete process.env.AWS_PROFILE;
  // One Python process runs them all, while the tests run PageScope; each test awaits its own.
  awsSession = awsCliSession(env);
  for (const { d, q, f } of cases) {
    const run = awsSession.run([aws([...d.aws, '--query', q, '--output', f])]).then(([r]) => r!);
    run.catch(() => {});
    expected.set(caseKey(d, q, f), run);
  }
});
afterAll(() => Promise.all([endpoint.stop(), awsSession.close()]));

// The AWS CLI's S3 model (2.9.19) predates ChecksumType, which the SDK for JavaScript reads: a
// member the older CLI cannot know, left out of PageScope's json before comparing.
const withoutChecksumType = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (key, v: unknown) => (key === 'ChecksumType' ? undefined : v));
const parsed = (stdout: string): unknown =>
  stdout.trim() === '' ? '(nothing)' : withoutChecksumType(JSON.parse(stdout));

const failedFunction = (stderr: string) => /In function (\w+)\(\)/.exec(stderr)?.[1] ?? stderr;

describe.each(datasets)('--query on $name gives the AWS CLI’s output', (d) => {
  const queries = cases.filter((c) => c.d === d);
  it.each(queries.map(({ q, f }) => [f, q] as const))('--output %s --query %s', async (f, q) => {
    const theirs = await expected.get(caseKey(d, q, f))!;
    const ours = await pagescope([...d.pagescope, '--query', q, '--output', f]);
    if (theirs.code === 0) {
      expect({ code: ours.code, stderr: ours.stderr.replace(/^NextToken: .*\n/m, '') }).toEqual({
        code: 0,
        stderr: theirs.stderr,
      });
    } else {
      // The CLI's error on the data (exit 255) is PageScope's bad query (exit 2), naming the
      // same function; with text output it comes after the pages, on the NextToken line.
      expect(ours.code).toBe(2);
      expect(failedFunction(ours.stderr)).toBe(failedFunction(theirs.stderr));
    }
    if (f === 'json') expect(parsed(ours.stdout)).toEqual(parsed(theirs.stdout));
    else expect(ours.stdout).toBe(theirs.stdout);
  });
});
