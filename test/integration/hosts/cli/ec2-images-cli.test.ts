import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { awsCliBatch } from './aws-cli-batch';
import { pagescopeInProcess } from './in-process-cli';
import type { CliRun } from './run-cli';

// EC2 DescribeImages (Owners self). Debian's AWS CLI (botocore 1.29) has no paginator for it: it
// lists every image in one call and prints no NextToken, so the listing is compared with that
// one call, and tokens with boto3's paginator from the newer botocore on PATH, whose model
// (input and output NextToken, limit MaxResults) is the one PageScope follows.
let endpoint: RunningEndpoint;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 51, objects: 100 });
  Object.assign(process.env, {
    HOME: await mkdtemp(join(tmpdir(), 'pagescope-images-home-')),
    AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
    AWS_REGION: 'us-east-1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  delete process.env.AWS_PROFILE;
});
afterAll(() => endpoint.stop());

const env = () => ({
  HOME: process.env.HOME!,
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
  AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
});
const list = (args: string[]) =>
  pagescopeInProcess(['list', 'ec2-images', ...args, '--endpoint-url', endpoint.url]);
const json = (run: CliRun): unknown => {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
};
const nextToken = (run: CliRun) => /^NextToken: (\S+)$/m.exec(run.stderr)?.[1] ?? null;
const ids = ['--query', 'Images[].ImageId', '--output', 'json'];

interface Paginated {
  items: string[];
  next: string | null;
}

/** boto3's DescribeImages paginator (Owners self), one job per PaginationConfig. */
const boto3Pages = (configs: object[]): Promise<Paginated[]> =>
  new Promise((resolve, reject) => {
    const script = new URL('./boto3_paginate.py', import.meta.url).pathname;
    const child = execFile(
      'python3',
      [script],
      { env: { ...process.env, ...env(), AWS_ENDPOINT_URL: endpoint.url } },
      (error, stdout) =>
        error
          ? reject(error)
          : resolve(
              stdout
                .trim()
                .split('\n')
                .map((line) => JSON.parse(line) as Paginated),
            ),
    );
    const job = (config: object) =>
      JSON.stringify({
        service: 'ec2',
        operation: 'describe_images',
        params: { Owners: ['self'] },
        config,
        result: 'Images',
        key: 'ImageId',
      });
    child.stdin!.end(configs.map(job).join('\n') + '\n');
  });

it('lists every own image that the AWS CLI’s single unpaged call lists, in its order', async () => {
  const [whole, none] = await awsCliBatch(
    [
      ['ec2', 'describe-images', '--owners', 'self', '--query', 'Images', '--output', 'json'],
      ['ec2', 'describe-images', '--owners', 'self', '--region', 'us-west-2', ...ids],
    ].map((c) => ['--endpoint-url', endpoint.url, ...c]),
    env(),
  );
  const images = json(whole!) as Array<{ ImageId: string }>;
  expect(images.length).toBeGreaterThan(15);
  expect(json(await list(['--page-size', '5', '--query', 'Images', '--output', 'json']))).toEqual(
    images,
  );
  expect(json(await list([...ids]))).toEqual(images.map((i) => i.ImageId));
  expect(json(await list(['--region', 'us-west-2', ...ids]))).toEqual(json(none!));
});

it('resumes a NextToken of boto3’s DescribeImages paginator (newer botocore), both ways', async () => {
  // 12 of pages of 5 stops inside a page; 10 ends on one.
  const cuts = [12, 10];
  const firsts = await Promise.all(
    cuts.map((max) => list(['--page-size', '5', '--max-items', String(max), ...ids])),
  );
  const ourTokens = firsts.map((run) => nextToken(run)!);
  const theirs = await boto3Pages([
    {},
    ...cuts.flatMap((max, i) => [
      { PageSize: 5, MaxItems: max },
      { PageSize: 5, StartingToken: ourTokens[i] },
    ]),
  ]);
  const all = theirs[0]!.items;
  for (const [i, first] of firsts.entries()) {
    const head = theirs[1 + 2 * i]!;
    expect(json(first)).toEqual(head.items);
    expect(head.next).toBe(ourTokens[i]);
    const ours = await list(['--page-size', '5', '--starting-token', head.next!, ...ids]);
    expect(json(ours)).toEqual(theirs[2 + 2 * i]!.items);
    expect([...head.items, ...(json(ours) as string[])]).toEqual(all);
  }
});
