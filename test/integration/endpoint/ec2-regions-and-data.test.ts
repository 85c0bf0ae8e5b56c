import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  type Reservation,
} from '@aws-sdk/client-ec2';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';
import { ec2Client, failure } from './endpoint-clients';
import { instancesOf, usEastReservations } from './ec2-fixture';

let endpoint: RunningEndpoint;
let everyUsEast: Reservation[];
beforeAll(async () => {
  endpoint = await startEndpoint({ objects: 100, seed: 7 });
  everyUsEast = await usEastReservations(endpoint);
});
afterAll(() => endpoint.stop());

describe('DescribeRegions', () => {
  it('lists the enabled regions with their opt-in status, and all of them on request', async () => {
    const ec2 = ec2Client(endpoint);
    const enabled = await ec2.send(new DescribeRegionsCommand({}));
    expect(enabled.Regions?.map((r) => r.RegionName)).toEqual([
      'us-east-1',
      'us-west-2',
      'eu-west-1',
      'ap-southeast-2',
      'af-south-1',
    ]);
    const all = await ec2.send(new DescribeRegionsCommand({ AllRegions: true }));
    expect(all.Regions?.find((r) => r.RegionName === 'me-south-1')).toMatchObject({
      OptInStatus: 'not-opted-in',
    });
    expect(all.Regions?.find((r) => r.RegionName === 'us-east-1')).toMatchObject({
      OptInStatus: 'opt-in-not-required',
      Endpoint: 'ec2.us-east-1.amazonaws.com',
    });
    const optedIn = await ec2.send(
      new DescribeRegionsCommand({
        AllRegions: true,
        Filters: [{ Name: 'opt-in-status', Values: ['opted-in'] }],
      }),
    );
    expect(optedIn.Regions?.map((r) => r.RegionName)).toEqual(['af-south-1']);
  });
});

describe('DescribeInstances data', () => {
  it('has thousands in us-east-1, hundreds in eu-west-1, a handful in ap-southeast-2, none in us-west-2', async () => {
    const count = async (region: string) =>
      instancesOf(
        (await ec2Client(endpoint, { region }).send(new DescribeInstancesCommand({})))
          .Reservations ?? [],
      ).length;
    expect(instancesOf(everyUsEast).length).toBeGreaterThanOrEqual(2000);
    expect(await count('eu-west-1')).toBeGreaterThanOrEqual(100);
    expect(await count('eu-west-1')).toBeLessThan(1000);
    expect(await count('ap-southeast-2')).toBeGreaterThan(0);
    expect(await count('ap-southeast-2')).toBeLessThan(10);
    expect(await count('us-west-2')).toBe(0);
  });

  it('varies states, types, zones and tags, with some instances untagged', () => {
    const all = instancesOf(everyUsEast);
    expect(new Set(all.map((i) => i.State?.Name))).toEqual(
      new Set(['running', 'stopped', 'pending', 'stopping', 'shutting-down', 'terminated']),
    );
    expect(new Set(all.map((i) => i.InstanceType)).size).toBeGreaterThan(5);
    expect(new Set(all.map((i) => i.Placement?.AvailabilityZone))).toEqual(
      new Set(['us-east-1a', 'us-east-1b', 'us-east-1c']),
    );
    expect(all.some((i) => (i.Tags ?? []).length === 0)).toBe(true);
    expect(all.some((i) => i.Tags?.some((t) => t.Key === 'Name'))).toBe(true);
    expect(all.some((i) => i.PublicIpAddress)).toBe(true);
    expect(
      all.every((i) => i.InstanceId?.match(/^i-[0-9a-f]{17}$/) && i.LaunchTime instanceof Date),
    ).toBe(true);
    expect(new Set(all.map((i) => i.InstanceId)).size).toBe(all.length);
    expect(
      everyUsEast.every((r) => r.ReservationId?.startsWith('r-') && r.OwnerId === '123456789012'),
    ).toBe(true);
    expect(everyUsEast.some((r) => (r.Instances ?? []).length > 1)).toBe(true);
  });

  it('is the same for the same seed', async () => {
    const again = await startEndpoint({ objects: 100, seed: 7 });
    try {
      const ids = instancesOf(
        (await ec2Client(again).send(new DescribeInstancesCommand({}))).Reservations ?? [],
      ).map((i) => i.InstanceId);
      expect(ids).toEqual(instancesOf(everyUsEast).map((i) => i.InstanceId));
    } finally {
      await again.stop();
    }
  });
});

describe('regions that are not enabled', () => {
  it('answers OptInRequired in me-south-1', async () => {
    const me = ec2Client(endpoint, { region: 'me-south-1' });
    expect(await failure(me.send(new DescribeInstancesCommand({})))).toMatchObject({
      name: 'OptInRequired',
    });
  });
});
