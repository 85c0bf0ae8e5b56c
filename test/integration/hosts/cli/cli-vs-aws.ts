import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { awsCliBatch } from './aws-cli-batch';
import { pagescopeInProcess } from './in-process-cli';
import type { CliRun } from './run-cli';

/**
 * PageScope beside /usr/bin/aws on one local endpoint for the whole test file, in one region,
 * with the demo keys in the environment: `list` runs `pagescope list` in process, `aws` runs AWS
 * CLI commands in one Python process (aws-cli-batch.ts). Call it at the top of the file, so its
 * hooks run before the file's own.
 */
export const cliVsAws = (seed: number, region: string) => {
  let running: RunningEndpoint | null = null;
  const endpoint = (): RunningEndpoint => running!;
  beforeAll(async () => {
    running = await startEndpoint({ port: 0, seed, objects: 100 });
    Object.assign(process.env, {
      HOME: await mkdtemp(join(tmpdir(), 'pagescope-cli-vs-aws-home-')),
      AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
      AWS_REGION: region,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    });
    delete process.env.AWS_PROFILE;
  });
  afterAll(() => running?.stop());
  const env = () => ({
    HOME: process.env.HOME!,
    AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
  });
  return {
    endpoint,
    list: (args: string[]) =>
      pagescopeInProcess(['list', ...args, '--region', region, '--endpoint-url', endpoint().url]),
    aws: (commands: string[][]) =>
      awsCliBatch(
        commands.map((c) => ['--endpoint-url', endpoint().url, '--region', region, ...c]),
        env(),
      ),
  };
};

/** A run's stdout as JSON, once its exit code says it succeeded. */
export const json = (run: CliRun): unknown => {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
};

/** The NextToken a run printed on stderr, as `pagescope list` and the AWS CLI's --max-items do. */
export const nextToken = (run: CliRun): string | null =>
  /^NextToken: (\S+)$/m.exec(run.stderr)?.[1] ?? null;
