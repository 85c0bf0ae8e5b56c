import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DescribeInstancesCommand,
  paginateDescribeInstances,
  type EC2Client,
  type Instance,
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
        { Name: 'tag:team', Values: ['data', 'ml'] },
      ],
      (i) => i.State!.Name === 'running' && ['data', 'ml'].includes(tag(i, 'team') ?? ''),
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
