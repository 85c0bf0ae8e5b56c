import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { forgetClients } from '../../../../electron/engine/aws/clients';
import { forgetProfiles } from '../../../../electron/engine/aws/resolve-profile';
import { awsCliBatch } from '../../hosts/cli/aws-cli-batch';
import { pagescopeInProcess } from '../../hosts/cli/in-process-cli';

/**
 * The same listing through three clients: PageScope's `pagescope list`, the AWS CLI v2 and boto3.
 * Debian's AWS CLI and boto3 are named by full path, with a PATH that cannot reach the pyenv
 * Python first on it here.
 */
export const run = promisify(execFile);
const AWS = '/usr/bin/aws';
export const PYTHON = '/usr/bin/python3';
export const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

/** An S3 endpoint and the keys that sign for it. */
export interface Target {
  url: string;
  accessKeyId: string;
  secretAccessKey: string;
}

const credentialsEnv = (target: Target) => ({
  AWS_ACCESS_KEY_ID: target.accessKeyId,
  AWS_SECRET_ACCESS_KEY: target.secretAccessKey,
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
});

export const referenceEnv = (target: Target) => ({
  PATH: '/usr/bin:/bin',
  HOME: tmpdir(),
  AWS_PAGER: '',
  ...credentialsEnv(target),
});

export interface AwsListing {
  Contents?: Array<{ Key: string }>;
  Versions?: Array<{ Key: string }>;
  CommonPrefixes?: Array<{ Prefix: string }>;
}

/** `aws s3api <args>` as JSON (the CLI pages through the whole listing itself). */
export const awsS3api = async (target: Target, args: string[]): Promise<AwsListing> => {
  const { stdout } = await run(
    AWS,
    ['s3api', ...args, '--endpoint-url', target.url, '--output', 'json'],
    { env: referenceEnv(target), maxBuffer: 16 * 1024 * 1024 },
  );
  return (stdout.trim() === '' ? {} : JSON.parse(stdout)) as AwsListing;
};

/**
 * `aws s3api <args>` for each argument list, as awsS3api gives it, from one Python process
 * running the AWS CLI's entry point (aws-cli-batch.ts): one interpreter start for them all.
 */
export const awsS3apiBatch = async (
  target: Target,
  argLists: string[][],
): Promise<AwsListing[]> => {
  const runs = await awsCliBatch(
    argLists.map((args) => ['s3api', ...args, '--endpoint-url', target.url, '--output', 'json']),
    referenceEnv(target),
  );
  return runs.map((run, i) => {
    expect(run.code, `aws s3api ${argLists[i]!.join(' ')}: ${run.stderr}`).toBe(0);
    return (run.stdout.trim() === '' ? {} : JSON.parse(run.stdout)) as AwsListing;
  });
};

/** The key-bearing members of a listing, as fixtures/boto3-listing.py prints them. */
export interface KeyMembers {
  Keys: string[];
  CommonPrefixes: string[];
  [member: string]: unknown;
}

/** boto3: one request, or with a page size its paginator over the whole listing. */
export const boto3Listing = async (
  target: Target,
  operation: 'list_objects_v2' | 'list_object_versions',
  params: Record<string, unknown>,
  pageSize?: number,
): Promise<KeyMembers & { Pages: number }> => {
  const args = [fixture('boto3-listing.py'), target.url, operation, JSON.stringify(params)];
  const { stdout } = await run(PYTHON, pageSize ? [...args, String(pageSize)] : args, {
    env: referenceEnv(target),
  });
  return JSON.parse(stdout) as KeyMembers & { Pages: number };
};

/** One boto3Listing call's arguments. */
export interface Boto3Request {
  operation: 'list_objects_v2' | 'list_object_versions';
  params: Record<string, unknown>;
  pageSize?: number;
}

/** boto3Listing for each request, from one Python process (boto3-listing.py --batch). */
export const boto3Listings = async (
  target: Target,
  requests: Boto3Request[],
): Promise<Array<KeyMembers & { Pages: number }>> => {
  const lines = requests.map(({ operation, params, pageSize }) =>
    JSON.stringify([target.url, operation, params, ...(pageSize ? [pageSize] : [])]),
  );
  const child = run(PYTHON, [fixture('boto3-listing.py'), '--batch'], {
    env: referenceEnv(target),
    maxBuffer: 16 * 1024 * 1024,
  });
  child.child.stdin!.end(lines.map((line) => `${line}\n`).join(''));
  const { stdout } = await child;
  const results = stdout.trimEnd().split('\n');
  expect(results).toHaveLength(requests.length);
  return results.map((line) => JSON.parse(line) as KeyMembers & { Pages: number });
};

let home: string | undefined;

/**
 * `pagescope list` rows (jsonl), split as S3 splits them: objects, and folders (CommonPrefixes).
 * The command runs in this process (runCli, what the bin runs), with the target's keys in this
 * process's environment and the engine's profiles and clients re-read from it.
 */
export const pagescopeList = async (target: Target, args: string[]) => {
  home ??= mkdtempSync(join(tmpdir(), 'pagescope-listing-tools-'));
  Object.assign(process.env, {
    HOME: home,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...credentialsEnv(target),
  });
  delete process.env.AWS_PROFILE;
  forgetProfiles();
  forgetClients();
  const result = await pagescopeInProcess(['list', ...args, '--endpoint-url', target.url]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const rows = result.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { Key: string; Size: number | null });
  const isFolder = (row: { Size: number | null }) => row.Size === null;
  return {
    keys: rows.filter((row) => !isFolder(row)).map((row) => row.Key),
    folders: rows.filter(isFolder).map((row) => row.Key),
  };
};
