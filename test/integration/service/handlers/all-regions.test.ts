import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageResult, Result, ViewSpecInput } from '../../../../shared/contract';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { engineDispatcher } from './dispatcher-harness';
import { collect, useLocalProfile } from '../../engine/paging/engine-harness';

let endpoint: RunningEndpoint;
const all: ViewSpecInput = {
  profile: 'local',
  region: 'all',
  resource: 'ec2-instances',
  pageSize: 50,
};
const ids = (rows: unknown[][]) => rows.map((r) => String(r[0]));
const regionColumn = (rows: unknown[][]) => rows.map((r) => String(r[r.length - 1]));
const perRegion: Record<string, string[]> = {};

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 4, objects: 10 });
  await useLocalProfile(endpoint.url);
  for (const region of ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'us-west-2', 'af-south-1']) {
    perRegion[region] = ids((await collect({ ...all, region })).rows);
  }
});
afterAll(() => endpoint.stop());

describe('all regions', () => {
  it('lists every enabled region with a Region column and reports me-south-1 as a region error', async () => {
    const result = await collect(all);
    expect(result.regionErrors).toEqual([
      { region: 'me-south-1', error: expect.objectContaining({ code: 'REGION_NOT_ENABLED' }) },
    ]);
    for (const [region, expected] of Object.entries(perRegion)) {
      const mine = result.rows.filter((r) => r[r.length - 1] === region);
      expect({ region, ids: ids(mine) }).toEqual({ region, ids: expected });
    }
    expect(perRegion['us-east-1']!.length).toBeGreaterThan(1000);
    expect(perRegion['us-west-2']).toEqual([]);
    expect(new Set(regionColumn(result.rows))).not.toContain('me-south-1');
  });

  it('applies MaxItems to the merged total and resumes every region from one token', async () => {
    const everything = Object.values(perRegion).flat().sort();
    const seen: string[] = [];
    let token: string | undefined;
    let runs = 0;
    do {
      const run = await collect({
        ...all,
        maxItems: 700,
        ...(token ? { startingToken: token } : {}),
      });
      seen.push(...ids(run.rows));
      token = run.resumeToken ?? undefined;
      runs += 1;
    } while (token && runs < 50);
    expect(token).toBeUndefined();
    expect(runs).toBeGreaterThan(1);
    expect(seen.sort()).toEqual(everything);
  });

  it('pages with view.page cursors that carry every region’s position', async () => {
    const engine = engineDispatcher();
    const seen: string[] = [];
    let cursor: string | null = null;
    let n = 0;
    const errors: string[] = [];
    do {
      const result: Result<PageResult> = await engine.call<PageResult>(
        'view.page',
        { spec: all, cursor },
        `w${n}`,
      );
      if (!result.ok) throw new Error(result.error.message);
      seen.push(...ids(result.value.rows));
      errors.push(...result.value.regionErrors.map((e) => e.region));
      cursor = result.value.nextCursor;
      n += 1;
    } while (cursor);
    expect(errors).toEqual(['me-south-1']);
    expect(seen.sort()).toEqual(Object.values(perRegion).flat().sort());
  });
});
