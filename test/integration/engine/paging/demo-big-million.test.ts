import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { forEachRow, useLocalProfile } from './engine-harness';

const KEYS = 1_000_000;
let endpoint: RunningEndpoint;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 3, objects: KEYS });
  await useLocalProfile(endpoint.url);
});
afterAll(() => endpoint.stop());

describe('listing demo-big at a million keys over real HTTP', () => {
  it('returns every key exactly once, in order', async () => {
    let count = 0;
    let outOfOrder = 0;
    let previous: Buffer | null = null;
    let pages = 0;
    await forEachRow(
      {
        profile: 'local',
        region: 'us-east-1',
        resource: 's3-objects',
        params: { bucket: 'demo-big' },
      },
      (row) => {
        const key = Buffer.from(String(row[0]));
        // Strictly increasing byte order means no key twice and none out of place.
        if (previous && Buffer.compare(previous, key) >= 0) outOfOrder += 1;
        previous = key;
        count += 1;
      },
      { onStats: (s) => (pages = s.pages) },
    );
    expect(outOfOrder).toBe(0);
    expect(count).toBe(KEYS);
    expect(pages).toBe(KEYS / 1000);
    expect(endpoint.requests().filter((r) => r.operation === 'ListObjectsV2')).toHaveLength(
      KEYS / 1000,
    );
  }, 900_000);
});
