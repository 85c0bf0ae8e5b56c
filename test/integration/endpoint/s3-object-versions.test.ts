import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  type ListObjectVersionsCommandOutput,
} from '@aws-sdk/client-s3';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';
import { failure, s3Client } from './endpoint-clients';

let endpoint: RunningEndpoint;
beforeAll(async () => {
  endpoint = await startEndpoint({ objects: 1000 });
});
afterAll(() => endpoint.stop());

interface Entry {
  key: string;
  versionId: string;
  isLatest: boolean;
  deleteMarker: boolean;
  time: number;
}

const groupBy = (entries: Entry[]): Map<string, Entry[]> => {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) groups.set(entry.key, [...(groups.get(entry.key) ?? []), entry]);
  return groups;
};

const entriesOf = (page: ListObjectVersionsCommandOutput): Entry[] => [
  ...(page.Versions ?? []).map((v) => ({
    key: v.Key!,
    versionId: v.VersionId!,
    isLatest: v.IsLatest!,
    deleteMarker: false,
    time: v.LastModified!.getTime(),
  })),
  ...(page.DeleteMarkers ?? []).map((d) => ({
    key: d.Key!,
    versionId: d.VersionId!,
    isLatest: d.IsLatest!,
    deleteMarker: true,
    time: d.LastModified!.getTime(),
  })),
];

describe('ListObjectVersions on demo-versions', () => {
  it('pages with key-marker and version-id-marker and loses or repeats nothing', async () => {
    const s3 = s3Client(endpoint);
    const whole = entriesOf(
      await s3.send(new ListObjectVersionsCommand({ Bucket: 'demo-versions' })),
    );
    const paged: Entry[] = [];
    let pages = 0;
    // The SDK has no paginator for this operation; follow the markers as boto3's paginator does.
    let markers: { KeyMarker?: string; VersionIdMarker?: string } = {};
    for (;;) {
      const page = await s3.send(
        new ListObjectVersionsCommand({ Bucket: 'demo-versions', MaxKeys: 7, ...markers }),
      );
      pages += 1;
      expect(entriesOf(page).length).toBeLessThanOrEqual(7);
      if (page.IsTruncated) expect(page.NextVersionIdMarker).toBeDefined();
      paged.push(...entriesOf(page));
      if (!page.IsTruncated) break;
      markers = { KeyMarker: page.NextKeyMarker, VersionIdMarker: page.NextVersionIdMarker };
    }
    const id = (e: Entry) => `${e.key}#${e.versionId}`;
    expect(paged.map(id).sort()).toEqual(whole.map(id).sort());
    expect(new Set(paged.map(id)).size).toBe(paged.length);
    expect(pages).toBe(Math.ceil(whole.length / 7));
  });

  it('has one latest entry per key, newest first, with delete markers latest and in the middle', async () => {
    const entries = entriesOf(
      await s3Client(endpoint).send(new ListObjectVersionsCommand({ Bucket: 'demo-versions' })),
    );
    const byKey = groupBy(entries);
    for (const versions of byKey.values()) {
      expect(versions.filter((v) => v.isLatest)).toHaveLength(1);
      const latest = versions.find((v) => v.isLatest)!;
      expect(Math.max(...versions.map((v) => v.time))).toBe(latest.time);
    }
    expect(entries.some((e) => e.deleteMarker && e.isLatest)).toBe(true);
    expect(entries.some((e) => e.deleteMarker && !e.isLatest)).toBe(true);
    const current = await s3Client(endpoint).send(
      new ListObjectsV2Command({ Bucket: 'demo-versions' }),
    );
    const live = [...byKey.entries()]
      .filter(([, v]) => !v.find((x) => x.isLatest)!.deleteMarker)
      .map(([key]) => key);
    expect(current.Contents?.map((o) => o.Key)).toEqual(live);
  });

  it('starts after a key-marker, or after one version of it', async () => {
    const s3 = s3Client(endpoint);
    const afterKey = entriesOf(
      await s3.send(
        new ListObjectVersionsCommand({
          Bucket: 'demo-versions',
          KeyMarker: 'docs/report-010.txt',
        }),
      ),
    );
    expect(afterKey.every((e) => e.key > 'docs/report-010.txt')).toBe(true);
    const whole = entriesOf(
      await s3.send(
        new ListObjectVersionsCommand({ Bucket: 'demo-versions', Prefix: 'docs/report-01' }),
      ),
    );
    const multi = [...groupBy(whole).values()].find((v) => v.length >= 2)!;
    const page = await s3.send(
      new ListObjectVersionsCommand({
        Bucket: 'demo-versions',
        KeyMarker: multi[0]!.key,
        VersionIdMarker: multi[0]!.versionId,
        MaxKeys: 1,
      }),
    );
    expect(entriesOf(page)[0]).toMatchObject({ key: multi[0]!.key });
    expect(entriesOf(page)[0]!.versionId).not.toBe(multi[0]!.versionId);
  });

  it('rolls keys up by delimiter', async () => {
    const page = await s3Client(endpoint).send(
      new ListObjectVersionsCommand({ Bucket: 'demo-versions', Delimiter: '/' }),
    );
    expect(page.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['docs/', 'images/']);
    expect(new Set(entriesOf(page).map((e) => e.key))).toEqual(
      new Set(['config.json', 'notes.txt']),
    );
  });

  it('rejects a version-id-marker without a key-marker, and an unknown version id', async () => {
    const s3 = s3Client(endpoint);
    expect(
      await failure(
        s3.send(new ListObjectVersionsCommand({ Bucket: 'demo-versions', VersionIdMarker: 'abc' })),
      ),
    ).toMatchObject({
      name: 'InvalidArgument',
      status: 400,
    });
    expect(
      await failure(
        s3.send(
          new ListObjectVersionsCommand({
            Bucket: 'demo-versions',
            KeyMarker: 'notes.txt',
            VersionIdMarker: 'nope',
          }),
        ),
      ),
    ).toMatchObject({ name: 'InvalidArgument', status: 400 });
  });
});

describe('ListObjectVersions on an unversioned bucket', () => {
  it('reports each object once with the version id "null"', async () => {
    const page = await s3Client(endpoint).send(
      new ListObjectVersionsCommand({ Bucket: 'demo-big', MaxKeys: 20 }),
    );
    expect(page.Versions).toHaveLength(20);
    expect(page.Versions?.every((v) => v.VersionId === 'null' && v.IsLatest)).toBe(true);
    expect(page.DeleteMarkers).toBeUndefined();
    expect(page.NextKeyMarker).toBe(page.Versions?.[19]?.Key);
  });
});
