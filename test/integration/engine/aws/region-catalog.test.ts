import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageResult, RegionList, Result } from '../../../../shared/contract';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { engineDispatcher } from '../../service/handlers/dispatcher-harness';
import { demoKeys, useProfileFiles } from '../paging/engine-harness';

let endpoint: RunningEndpoint;
const engine = engineDispatcher();

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 1, objects: 10 });
  process.env.HOME = await mkdtemp(join(tmpdir(), 'pagescope-home-'));
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_ACCESS_KEY_ID;
  await useProfileFiles(
    {
      local: { region: 'eu-west-1', endpoint_url: endpoint.url },
      reader: {
        role_arn: 'arn:aws:iam::123456789012:role/s3-only-no-ec2',
        source_profile: 'local',
        region: 'eu-west-1',
        endpoint_url: endpoint.url,
      },
      china: { region: 'cn-north-1', endpoint_url: endpoint.url },
    },
    { local: demoKeys, china: demoKeys },
  );
});
afterAll(() => endpoint.stop());

const regions = async (profile: string): Promise<RegionList> => {
  const result = (await engine.call('regions.list', { profile })) as Result<RegionList>;
  if (!result.ok) throw new Error(`regions.list failed: ${result.error.message}`);
  return result.value;
};

// The engine's EC2 client sends each request once (clients.ts), so one scripted fault fails one call.
const failNextDescribeRegions = (
  fault: 'AccessDenied' | 'RequestLimitExceeded' | 'DropConnection',
) => endpoint.script({ service: 'ec2', operation: 'DescribeRegions', nth: 1, fault });

describe('regions for the Region picker', () => {
  it('come from EC2 with their opt-in status when DescribeRegions answers', async () => {
    const list = await regions('local');
    expect(list.unavailable).toBeNull();
    expect(list.defaultRegion).toBe('eu-west-1');
    expect(list.regions.find((r) => r.name === 'me-south-1')).toMatchObject({ enabled: false });
  });

  it.each([
    ['AccessDenied', 'ACCESS_DENIED', false],
    ['RequestLimitExceeded', 'THROTTLED', true],
    ['DropConnection', 'NETWORK', true],
  ] as const)(
    'fall back to the built-in list with the reason when DescribeRegions fails (%s)',
    async (fault, code, retryable) => {
      failNextDescribeRegions(fault);
      const list = await regions('local');
      expect(list.unavailable).toMatchObject({ code, retryable });
      expect(list.unavailable!.message).toMatch(/DescribeRegions/);
      expect(list.defaultRegion).toBe('eu-west-1');
      const names = list.regions.map((r) => r.name);
      for (const name of ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'sa-east-1']) {
        expect(names).toContain(name);
      }
      expect([...names].sort()).toEqual(names);
      // Which regions the account enabled is unknown: none is refused up front.
      expect(list.regions.every((r) => r.enabled && r.optInStatus === 'unknown')).toBe(true);
    },
  );

  it('ask EC2 again on the next call, once DescribeRegions answers again', async () => {
    failNextDescribeRegions('AccessDenied');
    expect((await regions('local')).unavailable).not.toBeNull();
    expect((await regions('local')).unavailable).toBeNull();
  });

  it("fall back to the profile's own partition", async () => {
    const list = await regions('china');
    expect(list.defaultRegion).toBe('cn-north-1');
    expect(list.regions.map((r) => r.name)).toEqual(['cn-north-1', 'cn-northwest-1']);
  });
});

describe('a profile without EC2 permissions', () => {
  it('gets the built-in regions and still lists S3', async () => {
    const list = await regions('reader');
    expect(list.unavailable).toMatchObject({ code: 'ACCESS_DENIED' });
    const page = (await engine.call('view.page', {
      spec: { profile: 'reader', region: list.defaultRegion, resource: 's3-buckets' },
      cursor: null,
    })) as Result<PageResult>;
    expect(page.ok).toBe(true);
    if (page.ok) expect(page.value.rows.length).toBeGreaterThan(0);
  });
});
