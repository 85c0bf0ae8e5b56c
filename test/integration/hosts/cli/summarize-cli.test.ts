import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../../../shared/contract';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { pagescopeInProcess } from './in-process-cli';
import { PYTHON, referenceEnv, run } from '../../engine/paging/listing-tools';

interface Reference {
  count: number;
  total: number;
  groups: Record<string, Record<string, [number, number]>>;
  largest: number[];
  oldest: string[];
}

const TOP = 7;
/** The summaries boto3 computes, each as [bucket, kind, depth]. */
const REFERENCES = [
  ['demo-big', 'objects', 1],
  ['demo-big', 'objects', 2],
  ['demo-versions', 'versions', 1],
] as const;
let endpoint: RunningEndpoint;
let references: Promise<Reference[]>;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 5, objects: 20_000 });
  Object.assign(process.env, {
    HOME: await mkdtemp(join(tmpdir(), 'pagescope-summary-home-')),
    AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
    AWS_REGION: 'us-east-1',
  });
  delete process.env.AWS_PROFILE;
  // One Python process for them all, computing while the tests list; those that compare await it.
  references = boto3Summaries();
  references.catch(() => {});
});
afterAll(() => endpoint.stop());

const boto3Summaries = async () => {
  const env = referenceEnv({
    url: endpoint.url,
    accessKeyId: DEMO_ACCESS_KEY_ID,
    secretAccessKey: DEMO_SECRET_ACCESS_KEY,
  });
  const script = new URL('./boto3_summary.py', import.meta.url).pathname;
  const child = run(PYTHON, [script, endpoint.url, String(TOP)], { env, maxBuffer: 64 << 20 });
  child.child.stdin!.end(REFERENCES.map((r) => `${JSON.stringify(r)}\n`).join(''));
  const lines = (await child).stdout.trimEnd().split('\n');
  expect(lines).toHaveLength(REFERENCES.length);
  return lines.map((line) => JSON.parse(line) as Reference);
};
const boto3Summary = async (bucket: string, kind: 'objects' | 'versions', depth: number) => {
  const i = REFERENCES.findIndex((r) => r[0] === bucket && r[1] === kind && r[2] === depth);
  return (await references)[i]!;
};

const summarize = async (args: string[]): Promise<Summary> => {
  const result = await pagescopeInProcess([
    'summarize',
    ...args,
    '--endpoint-url',
    endpoint.url,
    '--top',
    String(TOP),
    '--output',
    'json',
  ]);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Summary;
};

/** A summary in the reference's shape: per grouping, value (as JSON) → [count, size]. */
const groupsOf = (summary: Summary) =>
  Object.fromEntries(
    summary.groupings.map((g) => [
      g.by,
      Object.fromEntries(g.groups.map((x) => [JSON.stringify(x.value), [x.count, x.size]])),
    ]),
  );

describe('pagescope summarize equals a boto3 computation over the same listing', () => {
  it.each([1, 2])(
    'demo-big: count, total, storage class, month, folders at depth %i',
    async (depth) => {
      const [ours, reference] = await Promise.all([
        summarize(['s3-objects', '--bucket', 'demo-big', '--depth', String(depth)]),
        boto3Summary('demo-big', 'objects', depth),
      ]);
      expect(ours.count).toBe(20_000);
      expect(ours.count).toBe(reference.count);
      expect(ours.totalSize).toBe(reference.total);
      expect(groupsOf(ours)).toEqual(reference.groups);
      expect(ours.largest.map((e) => e.Size)).toEqual(reference.largest);
      expect(ours.oldest.map((e) => e.LastModified)).toEqual(reference.oldest);
    },
  );

  it('demo-versions: versions and delete markers, latest or not, by folder and month', async () => {
    const [ours, reference] = await Promise.all([
      summarize(['s3-object-versions', '--bucket', 'demo-versions']),
      boto3Summary('demo-versions', 'versions', 1),
    ]);
    expect(ours.count).toBe(reference.count);
    expect(ours.totalSize).toBe(reference.total);
    expect(groupsOf(ours)).toEqual(reference.groups);
    expect(ours.largest.map((e) => e.Size)).toEqual(reference.largest);
    expect(ours.oldest.map((e) => e.LastModified)).toEqual(reference.oldest);
  });
});

describe('pagescope summarize, as a user reads it', () => {
  it('applies the filter, and prints totals and groups as text', async () => {
    const all = await summarize(['s3-objects', '--bucket', 'demo-big', '--by', 'StorageClass']);
    const glacier = all.groupings[0]!.groups.find((g) => g.value === 'GLACIER_IR')!;
    const result = await pagescopeInProcess([
      'summarize',
      's3-objects',
      '--bucket',
      'demo-big',
      '--endpoint-url',
      endpoint.url,
      '--filter',
      "StorageClass == 'GLACIER_IR'",
      '--by',
      'StorageClass',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Total rows: ${glacier.count}\n`);
    expect(result.stdout).toMatch(
      new RegExp(`GLACIER_IR\\s+${glacier.count}\\s+${glacier.size}\\s`),
    );
    expect(result.stdout).not.toContain('STANDARD ');
  });

  it('writes one CSV row per group, the total first', async () => {
    const result = await pagescopeInProcess([
      'summarize',
      's3-objects',
      '--bucket',
      'demo-big',
      '--endpoint-url',
      endpoint.url,
      '--by',
      'StorageClass',
      '--output',
      'csv',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('group,value,count,size');
    expect(lines[1]).toMatch(/^total,,20000,\d+$/);
    expect(lines.slice(2).every((l) => l.startsWith('StorageClass,'))).toBe(true);
  });

  it('counts EC2 instances of all regions by state, type, AZ and region', async () => {
    const ours = await summarize(['ec2-instances', '--all-regions']);
    const listed = await pagescopeInProcess([
      'list',
      'ec2-instances',
      '--all-regions',
      '--endpoint-url',
      endpoint.url,
      '--output',
      'json',
    ]);
    const rows = JSON.parse(listed.stdout) as Array<Record<string, string>>;
    expect(ours.count).toBe(rows.length);
    expect(ours.totalSize).toBeNull();
    const byRegion = ours.groupings.find((g) => g.by === 'Region')!;
    for (const group of byRegion.groups) {
      expect(group.count).toBe(rows.filter((r) => r.Region === group.value).length);
    }
    expect(ours.groupings.map((g) => g.by)).toEqual(['State', 'Type', 'AZ', 'Region']);
  });

  it('refuses a grouping the view does not have, naming those it has (exit 2)', async () => {
    const result = await pagescopeInProcess([
      'summarize',
      's3-objects',
      '--bucket',
      'demo-big',
      '--endpoint-url',
      endpoint.url,
      '--by',
      'InstanceType',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'Cannot group by "InstanceType": this view groups by Key, StorageClass, ETag, month, folder.',
    );
  });
});

describe('pagescope summarize by an added column', () => {
  it('groups EC2 instances by a tag added with --column', async () => {
    const ours = await summarize([
      'ec2-instances',
      '--region',
      'us-east-1',
      '--column',
      'tag:team',
      '--by',
      'tag:team',
    ]);
    const listed = await pagescopeInProcess([
      'list',
      'ec2-instances',
      '--region',
      'us-east-1',
      '--endpoint-url',
      endpoint.url,
      '--column',
      'tag:team',
      '--output',
      'json',
    ]);
    const rows = JSON.parse(listed.stdout) as Array<Record<string, string | null>>;
    const teams = ours.groupings[0]!;
    expect(teams.label).toBe('team');
    for (const group of teams.groups) {
      expect(group.count).toBe(rows.filter((r) => r['tag:team'] === group.value).length);
    }
    expect(teams.groups.reduce((n, g) => n + g.count, 0)).toBe(rows.length);
  });
});
