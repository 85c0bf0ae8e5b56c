import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { awsCliBatch } from './aws-cli-batch';
import { boto3Paginate, type Boto3Job } from './boto3-paginate';
import { pagescopeInProcess } from './in-process-cli';
import type { CliRun } from './run-cli';

export interface CliVsAwsOptions {
  /**
   * A global service (Route 53): PageScope is given no region and finds none in the environment.
   * The AWS CLI is still given the region, as Debian's AWS CLI needs one to sign a request to a
   * custom endpoint (any will do).
   */
  global?: boolean;
}

/**
 * PageScope beside /usr/bin/aws on one local endpoint for the whole test file, in one region,
 * with the demo keys in the environment: `list` runs `pagescope list` in process, `aws` runs AWS
 * CLI commands in one Python process (aws-cli-batch.ts). A command line that names its own
 * `--region` keeps it. Call it at the top of the file, so its hooks run before the file's own.
 *
 * An AWS CLI command often needs what PageScope printed first (a NextToken), and each batch
 * costs a Python start: a file registers `beforeBatch` steps that run PageScope and `plan`
 * commands by name; before any test, the steps run in order, then every planned command in one
 * batch, and `theirs(name)` is a command's run.
 */
export const cliVsAws = (
  seed: number,
  region: string,
  { global = false }: CliVsAwsOptions = {},
) => {
  let running: RunningEndpoint | null = null;
  const endpoint = (): RunningEndpoint => running!;
  const { run, ...batch } = batchPlan();
  const env = () => ({
    HOME: process.env.HOME!,
    AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
  });
  const ownRegion = (args: string[]) => (args.includes('--region') ? [] : ['--region', region]);
  const aws = (commands: string[][]) =>
    awsCliBatch(
      commands.map((c) => ['--endpoint-url', endpoint().url, ...ownRegion(c), ...c]),
      env(),
    );

  beforeAll(async () => {
    running = await startEndpoint({ port: 0, seed, objects: 100 });
    Object.assign(process.env, {
      HOME: await mkdtemp(join(tmpdir(), 'pagescope-cli-vs-aws-home-')),
      AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    });
    if (global) {
      delete process.env.AWS_REGION;
      delete process.env.AWS_DEFAULT_REGION;
    } else process.env.AWS_REGION = region;
    delete process.env.AWS_PROFILE;
    await run(aws);
  }, 180_000);
  afterAll(() => running?.stop());

  return {
    endpoint,
    list: (args: string[]) =>
      pagescopeInProcess([
        'list',
        ...args,
        ...(global ? [] : ownRegion(args)),
        '--endpoint-url',
        endpoint().url,
      ]),
    aws,
    ...batch,
    /** boto3's paginators, for operations whose paginator Debian's botocore lacks. */
    boto3: (jobs: Boto3Job[]) =>
      boto3Paginate(jobs, {
        ...env(),
        AWS_ENDPOINT_URL: endpoint().url,
        AWS_DEFAULT_REGION: region,
      }),
  };
};

/** The steps a file runs before its tests, then the AWS CLI commands they planned, in one batch. */
const batchPlan = () => {
  const steps: Array<() => Promise<void>> = [];
  const planned: Array<[name: string, command: string[]]> = [];
  const runs = new Map<string, CliRun>();
  return {
    beforeBatch: (step: () => Promise<void>) => void steps.push(step),
    plan: (name: string, command: string[]) => void planned.push([name, command]),
    theirs: (name: string): CliRun => {
      const found = runs.get(name);
      if (!found) throw new Error(`no AWS CLI command was planned as "${name}"`);
      return found;
    },
    run: async (aws: (commands: string[][]) => Promise<CliRun[]>) => {
      for (const step of steps) await step();
      if (planned.length === 0) return;
      const results = await aws(planned.map(([, command]) => command));
      planned.forEach(([name], i) => runs.set(name, results[i]!));
    },
  };
};

export type CliVsAws = ReturnType<typeof cliVsAws>;

/** A run's stdout as JSON, once its exit code says it succeeded. */
export const json = (run: CliRun): unknown => {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
};

/** The NextToken a run printed on stderr, as `pagescope list` and the AWS CLI's --max-items do. */
export const nextToken = (run: CliRun): string | null =>
  /^NextToken: (\S+)$/m.exec(run.stderr)?.[1] ?? null;
