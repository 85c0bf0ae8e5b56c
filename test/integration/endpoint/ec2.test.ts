import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  paginateDescribeInstances,
  type EC2Client,
  type Instance,
  type Reservation,
} from '@aws-sdk/client-ec2';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';
import { ec2Client, failure } from './endpoint-clients';

let endpoint: RunningEndpoint;
let everyUsEast: Reservation[];
beforeAll(async () => {
  endpoint = await startEndpoint({ objects: 100, seed: 7 });
  everyUsEast =
    (await ec2Client(endpoint).send(new DescribeInstancesCommand({}))).Reservations ?? [];
});
afterAll(() => endpoint.stop());

const instancesOf = (reservations: Reservation[]): Instance[] =>
  reservations.flatMap((r) => r.Instances ?? []);

const describeAll = async (
  client: EC2Client,
  pageSize: number,
  filters?: { Name: string; Values: string[] }[],
) => {
  const pages: Reservation[][] = [];
  for await (const page of paginateDescribeInstances({ client, pageSize }, { Filters: filters })) {
    pages.push(page.Reservations ?? []);
  }
  return pages;
};

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

describe('DescribeInstances paging', () => {
  it('pages with MaxResults (counting instances, never splitting a reservation) and NextToken', async () => {
    const pages = await describeAll(ec2Client(endpoint), 100);
    for (const page of pages) expect(instancesOf(page).length).toBeLessThanOrEqual(100);
    expect(pages.length).toBeGreaterThan(instancesOf(everyUsEast).length / 100);
    expect(pages.flat().map((r) => r.ReservationId)).toEqual(
      everyUsEast.map((r) => r.ReservationId),
    );
    expect(instancesOf(pages.flat())).toEqual(instancesOf(everyUsEast));
  });

  it('accepts MaxResults 5 to 1000 only', async () => {
    const ec2 = ec2Client(endpoint);
    expect(
      (await ec2.send(new DescribeInstancesCommand({ MaxResults: 5 }))).NextToken,
    ).toBeDefined();
    for (const bad of [4, 1001]) {
      expect(
        await failure(ec2.send(new DescribeInstancesCommand({ MaxResults: bad }))),
      ).toMatchObject({
        name: 'InvalidParameterValue',
        status: 400,
      });
    }
  });

  it('rejects a NextToken it did not issue, or one from another region', async () => {
    const ec2 = ec2Client(endpoint);
    expect(
      await failure(
        ec2.send(new DescribeInstancesCommand({ MaxResults: 5, NextToken: 'garbage' })),
      ),
    ).toMatchObject({
      name: 'InvalidNextToken',
      status: 400,
    });
    const eu = await ec2Client(endpoint, { region: 'eu-west-1' }).send(
      new DescribeInstancesCommand({ MaxResults: 5 }),
    );
    expect(
      await failure(
        ec2.send(new DescribeInstancesCommand({ MaxResults: 5, NextToken: eu.NextToken })),
      ),
    ).toMatchObject({
      name: 'InvalidNextToken',
    });
  });
});

describe('DescribeInstances by id', () => {
  it('returns exactly the instances asked for', async () => {
    const wanted = instancesOf(everyUsEast)
      .slice(10, 13)
      .map((i) => i.InstanceId!);
    const result = await ec2Client(endpoint).send(
      new DescribeInstancesCommand({ InstanceIds: wanted }),
    );
    expect(instancesOf(result.Reservations ?? []).map((i) => i.InstanceId)).toEqual(wanted);
    expect(result.NextToken).toBeUndefined();
  });

  it('refuses InstanceId together with MaxResults, and unknown or malformed ids', async () => {
    const ec2 = ec2Client(endpoint);
    const id = instancesOf(everyUsEast)[0]!.InstanceId!;
    expect(
      await failure(ec2.send(new DescribeInstancesCommand({ InstanceIds: [id], MaxResults: 5 }))),
    ).toMatchObject({
      name: 'InvalidParameterCombination',
      status: 400,
    });
    expect(
      await failure(
        ec2.send(new DescribeInstancesCommand({ InstanceIds: ['i-0123456789abcdef0'] })),
      ),
    ).toMatchObject({
      name: 'InvalidInstanceID.NotFound',
    });
    expect(
      await failure(ec2.send(new DescribeInstancesCommand({ InstanceIds: ['bogus'] }))),
    ).toMatchObject({
      name: 'InvalidInstanceID.Malformed',
    });
  });
});

describe('DescribeInstances filters', () => {
  const all = () => instancesOf(everyUsEast);
  const tag = (i: Instance, key: string) => i.Tags?.find((t) => t.Key === key)?.Value;
  const cases: Array<[string, { Name: string; Values: string[] }[], (i: Instance) => boolean]> = [
    [
      'instance-state-name',
      [{ Name: 'instance-state-name', Values: ['stopped', 'pending'] }],
      (i) => ['stopped', 'pending'].includes(i.State!.Name!),
    ],
    [
      'instance-type',
      [{ Name: 'instance-type', Values: ['t3.*'] }],
      (i) => i.InstanceType!.startsWith('t3.'),
    ],
    [
      'availability-zone',
      [{ Name: 'availability-zone', Values: ['us-east-1b'] }],
      (i) => i.Placement!.AvailabilityZone === 'us-east-1b',
    ],
    [
      'tag:KEY',
      [{ Name: 'tag:Environment', Values: ['prod'] }],
      (i) => tag(i, 'Environment') === 'prod',
    ],
    ['tag-key', [{ Name: 'tag-key', Values: ['Name'] }], (i) => tag(i, 'Name') !== undefined],
    [
      'instance-id',
      [{ Name: 'instance-id', Values: ['i-0*', 'i-f*'] }],
      (i) => /^i-[0f]/.test(i.InstanceId!),
    ],
    [
      'two filters (AND)',
      [
        { Name: 'instance-state-name', Values: ['running'] },
        { Name: 'tag:Team', Values: ['data', 'ml'] },
      ],
      (i) => i.State!.Name === 'running' && ['data', 'ml'].includes(tag(i, 'Team') ?? ''),
    ],
  ];
  it.each(cases)(
    '%s keeps exactly the matching instances across pages',
    async (_name, filters, predicate) => {
      const pages = await describeAll(ec2Client(endpoint), 200, filters);
      const expected = all()
        .filter(predicate)
        .map((i) => i.InstanceId);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all().length);
      expect(instancesOf(pages.flat()).map((i) => i.InstanceId)).toEqual(expected);
      expect(pages.flat().every((r) => (r.Instances ?? []).length > 0)).toBe(true);
    },
  );

  it('rejects an unknown filter name', async () => {
    const bad = ec2Client(endpoint).send(
      new DescribeInstancesCommand({ Filters: [{ Name: 'colour', Values: ['red'] }] }),
    );
    expect(await failure(bad)).toMatchObject({ name: 'InvalidParameterValue', status: 400 });
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
