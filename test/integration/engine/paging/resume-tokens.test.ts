import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { boto3List } from './boto3-paginate';
import { collect, useLocalProfile } from './engine-harness';

const KEYS = 6_000;
let endpoint: RunningEndpoint;
const bigSpec = {
  profile: 'local',
  region: 'us-east-1',
  resource: 's3-objects',
  params: { bucket: 'demo-big' },
};
const keysOf = (rows: unknown[][]) => rows.map((r) => String(r[0]));

// A seeded generator, so a failing split can be replayed.
const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

let full: string[];

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 7, objects: KEYS });
  await useLocalProfile(endpoint.url);
  full = keysOf((await collect(bigSpec)).rows);
});
afterAll(() => endpoint.stop());

describe('resume tokens over real HTTP', () => {
  it('lists the whole bucket', () => {
    expect(full).toHaveLength(KEYS);
  });

  it('reproduces the full listing from each NextToken, for random (PageSize, MaxItems) splits', async () => {
    const next = random(2024);
    for (let split = 0; split < 8; split += 1) {
      const pageSize = 1 + Math.floor(next() * 1000);
      const maxItems = 1 + Math.floor(next() * 2500);
      const seen: string[] = [];
      let token: string | undefined;
      for (;;) {
        const run = await collect({
          ...bigSpec,
          pageSize,
          maxItems,
          ...(token ? { startingToken: token } : {}),
        });
        expect(run.rows.length).toBeLessThanOrEqual(maxItems);
        seen.push(...keysOf(run.rows));
        if (!run.resumeToken) break;
        token = run.resumeToken;
      }
      expect({ pageSize, maxItems, same: seen.join('\n') === full.join('\n') }).toEqual({
        pageSize,
        maxItems,
        same: true,
      });
    }
  }, 300_000);

  it('continues a botocore NextToken, and botocore continues ours, byte for byte', async () => {
    const pageSize = 300;
    const a = await boto3List({ url: endpoint.url, bucket: 'demo-big', pageSize, maxItems: 450 });
    expect(a.token).not.toBeNull();
    const b = await collect({ ...bigSpec, pageSize, maxItems: 1000, startingToken: a.token! });
    // botocore from the start with the summed MaxItems stops where we stopped: same token.
    const both = await boto3List({
      url: endpoint.url,
      bucket: 'demo-big',
      pageSize,
      maxItems: 1450,
    });
    expect(b.resumeToken).toBe(both.token);
    const c = await boto3List({
      url: endpoint.url,
      bucket: 'demo-big',
      pageSize,
      startingToken: b.resumeToken,
    });
    expect([...a.keys, ...keysOf(b.rows), ...c.keys]).toEqual(full);
  }, 120_000);

  it('matches botocore in folder mode (CommonPrefixes rows, MaxItems counting Contents only)', async () => {
    const photos = { ...bigSpec, params: { bucket: 'demo-photos', delimiter: '/' } };
    const boto = await boto3List({
      url: endpoint.url,
      bucket: 'demo-photos',
      delimiter: '/',
      maxItems: 2,
    });
    const ours = await collect({ ...photos, maxItems: 2 });
    expect(keysOf(ours.rows).sort()).toEqual([...boto.keys].sort());
    expect(ours.resumeToken).toBe(boto.token);
  }, 60_000);

  it('rejects a token that belongs to another operation', async () => {
    const ec2Token = Buffer.from('{"NextToken": "abc"}').toString('base64');
    await expect(collect({ ...bigSpec, startingToken: ec2Token })).rejects.toMatchObject({
      apiError: { code: 'BAD_TOKEN' },
    });
  });
});
