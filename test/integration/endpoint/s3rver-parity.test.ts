import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  paginateListObjectsV2,
  PutObjectCommand,
  S3Client,
  type ListObjectsV2CommandInput,
} from '@aws-sdk/client-s3';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';
import { s3Client } from './endpoint-clients';

/**
 * The same ListObjectsV2 calls against this endpoint and against s3rver (a third-party S3 server)
 * seeded with the same keys must give the same pages. The cases avoid where s3rver is known to
 * differ from S3 (shared/TOOLCHAIN.md): delimiter listings only where every folder holds objects
 * directly and nothing is truncated, ASCII keys whose filesystem and byte orders agree.
 */
let endpoint: RunningEndpoint;
let s3rver: ChildProcess;
let s3rverClient: S3Client;
let directory: string;

const BUCKETS = ['demo-big', 'demo-versions'];
// s3rver's fixed key pair (its README).
const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

const startS3rver = async (): Promise<string> => {
  const script = new URL('./fixtures/run-s3rver.mjs', import.meta.url).pathname;
  s3rver = spawn(process.execPath, ['--openssl-legacy-provider', script, directory, ...BUCKETS], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(s3rver.stdout!, 'data')) as [Buffer];
  const url = /^s3rver: (http:\/\/\S+)/.exec(line.toString())?.[1];
  if (!url) throw new Error(`s3rver did not start: ${line.toString()}`);
  return url;
};

const keysOf = async (client: S3Client, bucket: string): Promise<string[]> => {
  const keys: string[] = [];
  for await (const page of paginateListObjectsV2({ client }, { Bucket: bucket }))
    keys.push(...(page.Contents ?? []).map((o) => o.Key!));
  return keys;
};

const seed = async (bucket: string, keys: string[]) => {
  for (let i = 0; i < keys.length; i += 16) {
    await Promise.all(
      keys
        .slice(i, i + 16)
        .map((key) =>
          s3rverClient.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: key })),
        ),
    );
  }
};

beforeAll(async () => {
  endpoint = await startEndpoint({ objects: 150, seed: 5 });
  directory = await mkdtemp(join(tmpdir(), 'pagescope-s3rver-'));
  const url = await startS3rver();
  s3rverClient = new S3Client({
    endpoint: url,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
    maxAttempts: 1,
  });
  for (const bucket of BUCKETS) await seed(bucket, await keysOf(s3Client(endpoint), bucket));
}, 120_000);

afterAll(async () => {
  await endpoint?.stop();
  if (s3rver && s3rver.exitCode === null) {
    const exited = once(s3rver, 'exit');
    s3rver.kill('SIGTERM');
    await exited;
  }
  if (directory) await rm(directory, { recursive: true, force: true });
});

/** What a user of a listing sees, page by page (metadata such as Size and ETag differs by design). */
const pagesOf = async (client: S3Client, input: ListObjectsV2CommandInput) => {
  const pages = [];
  for await (const page of paginateListObjectsV2(
    { client, pageSize: input.MaxKeys },
    { ...input },
  )) {
    pages.push({
      keys: (page.Contents ?? []).map((o) => o.Key),
      prefixes: (page.CommonPrefixes ?? []).map((p) => p.Prefix),
      keyCount: page.KeyCount,
      maxKeys: page.MaxKeys,
      truncated: page.IsTruncated,
      prefix: page.Prefix ?? '',
      startAfter: page.StartAfter,
    });
  }
  return pages;
};

const cases: Array<ListObjectsV2CommandInput & { title: string }> = [
  { title: 'a whole bucket in one page', Bucket: 'demo-big', MaxKeys: 1000 },
  { title: 'continuation through small pages', Bucket: 'demo-big', MaxKeys: 7 },
  { title: 'a prefix with continuation', Bucket: 'demo-big', Prefix: 'logs/2024/0', MaxKeys: 13 },
  {
    title: 'start-after with continuation',
    Bucket: 'demo-big',
    StartAfter: 'logs/2024/06/',
    MaxKeys: 11,
  },
  {
    title: 'start-after and a prefix',
    Bucket: 'demo-big',
    Prefix: 'logs/2024/1',
    StartAfter: 'logs/2024/11/15',
    MaxKeys: 4,
  },
  {
    title: 'a delimiter under a prefix',
    Bucket: 'demo-big',
    Prefix: 'logs/2024/03/',
    Delimiter: '/',
    MaxKeys: 1000,
  },
  {
    title: 'a delimiter at the root, objects and folders',
    Bucket: 'demo-versions',
    Delimiter: '/',
    MaxKeys: 1000,
  },
  { title: 'a prefix in small pages', Bucket: 'demo-versions', Prefix: 'docs/', MaxKeys: 9 },
  {
    title: 'start-after in a versioned bucket',
    Bucket: 'demo-versions',
    StartAfter: 'docs/report-030.txt',
    MaxKeys: 20,
  },
  { title: 'max-keys of one', Bucket: 'demo-versions', Prefix: 'images/', MaxKeys: 1 },
];

describe('ListObjectsV2 parity with s3rver', () => {
  it('holds the same keys in both servers', async () => {
    for (const bucket of BUCKETS)
      expect(await keysOf(s3rverClient, bucket)).toEqual(await keysOf(s3Client(endpoint), bucket));
  });

  it.each(cases)('$title', async ({ title: _title, ...input }) => {
    const ours = await pagesOf(s3Client(endpoint), input);
    const theirs = await pagesOf(s3rverClient, input);
    expect(
      ours.flatMap((p) => p.keys).length + ours.flatMap((p) => p.prefixes).length,
    ).toBeGreaterThan(0);
    // s3rver leaves CommonPrefixes out of KeyCount, where S3 counts them (shared/TOOLCHAIN.md).
    for (const page of theirs) expect(page.keyCount).toBe(page.keys.length);
    expect(ours).toEqual(
      theirs.map((page) => ({ ...page, keyCount: page.keys.length + page.prefixes.length })),
    );
  });
});
