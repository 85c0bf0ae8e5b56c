import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  IAMClient,
  ListPoliciesCommand,
  ListRolesCommand,
  ListUsersCommand,
} from '@aws-sdk/client-iam';
import {
  CloudFormationClient,
  DescribeStacksCommand,
  ListStackResourcesCommand,
} from '@aws-sdk/client-cloudformation';
import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';
import { demoCredentials, failure } from './endpoint-clients';

// IAM, CloudFormation and RDS as the SDK clients see them: each operation's page bounds, its
// markers, its errors in the Query protocol's shape, and data that follows from the seed.
let endpoint: RunningEndpoint;
let other: RunningEndpoint;
beforeAll(async () => {
  endpoint = await startEndpoint({ objects: 100, seed: 7 });
  other = await startEndpoint({ objects: 100, seed: 8 });
});
afterAll(async () => {
  await endpoint.stop();
  await other.stop();
});

const config = (on: RunningEndpoint, region: string) => ({
  endpoint: on.url,
  region,
  credentials: demoCredentials,
  maxAttempts: 1,
});
const iam = (on = endpoint, region = 'eu-west-1') => new IAMClient(config(on, region));
const cfn = (region = 'us-east-1') => new CloudFormationClient(config(endpoint, region));
const rds = (region = 'us-east-1') => new RDSClient(config(endpoint, region));

describe('IAM', () => {
  it('pages by MaxItems (100 when absent, 1..1000) with IsTruncated and a Marker', async () => {
    const first = await iam().send(new ListRolesCommand({}));
    expect(first.Roles).toHaveLength(100);
    expect(first.IsTruncated).toBe(true);
    const next = await iam().send(new ListRolesCommand({ Marker: first.Marker, MaxItems: 1000 }));
    expect(next.Roles).toHaveLength(1000);
    expect(next.Roles![0]!.RoleName! > first.Roles![99]!.RoleName!).toBe(true);
    for (const MaxItems of [0, 1001]) {
      const refused = await failure(iam().send(new ListUsersCommand({ MaxItems })));
      expect(refused).toMatchObject({ name: 'ValidationError', status: 400 });
      expect(refused.message).toContain(`Value '${MaxItems}' at 'maxItems'`);
    }
  });

  it('is global: every region sees the same account', async () => {
    const east = await iam(endpoint, 'us-east-1').send(new ListUsersCommand({ MaxItems: 1000 }));
    const west = await iam(endpoint, 'ap-southeast-2').send(
      new ListUsersCommand({ MaxItems: 1000 }),
    );
    expect(west.Users).toEqual(east.Users);
    expect(east.IsTruncated).toBe(false);
    expect(east.Marker).toBeUndefined();
    const arn = east.Users![0]!.Arn!;
    expect(arn).toMatch(/^arn:aws:iam::123456789012:user\//);
  });

  it('keeps a marker to its own listing', async () => {
    const { Marker } = await iam().send(new ListUsersCommand({ MaxItems: 5 }));
    const elsewhere = await failure(iam().send(new ListRolesCommand({ Marker })));
    expect(elsewhere).toMatchObject({ name: 'ValidationError', status: 400 });
    const narrowed = await failure(
      iam().send(new ListUsersCommand({ Marker, PathPrefix: '/engineering/' })),
    );
    expect(narrowed).toMatchObject({ name: 'ValidationError' });
  });

  it('lists customer managed policies by Scope, and by path', async () => {
    const local = await iam().send(new ListPoliciesCommand({ Scope: 'Local', MaxItems: 1000 }));
    const aws = await iam().send(new ListPoliciesCommand({ Scope: 'AWS', MaxItems: 1000 }));
    const all = await iam().send(new ListPoliciesCommand({ MaxItems: 1000 }));
    expect(local.Policies!.every((p) => p.Arn!.startsWith('arn:aws:iam::123456789012:'))).toBe(
      true,
    );
    expect(aws.Policies!.every((p) => p.Arn!.startsWith('arn:aws:iam::aws:policy/'))).toBe(true);
    expect(all.Policies).toHaveLength(local.Policies!.length + aws.Policies!.length);
    const boundaries = await iam().send(
      new ListPoliciesCommand({ Scope: 'Local', PathPrefix: '/boundaries/' }),
    );
    expect(boundaries.Policies!.length).toBeGreaterThan(0);
    expect(boundaries.Policies!.every((p) => p.PermissionsBoundaryUsageCount! > 0)).toBe(true);
    const bad = await failure(iam().send(new ListPoliciesCommand({ Scope: 'Mine' as 'All' })));
    expect(bad).toMatchObject({ name: 'ValidationError' });
  });

  it('follows from the seed', async () => {
    const again = await iam().send(new ListRolesCommand({ MaxItems: 50 }));
    const same = await iam().send(new ListRolesCommand({ MaxItems: 50 }));
    const seeded = await iam(other).send(new ListRolesCommand({ MaxItems: 50 }));
    expect(same.Roles).toEqual(again.Roles);
    expect(seeded.Roles!.map((r) => r.RoleId)).not.toEqual(again.Roles!.map((r) => r.RoleId));
  });
});

describe('CloudFormation', () => {
  it('pages DescribeStacks and ListStackResources by 100', async () => {
    const first = await cfn().send(new DescribeStacksCommand({}));
    expect(first.Stacks).toHaveLength(100);
    const stacks = [...first.Stacks!];
    for (let token = first.NextToken; token;) {
      const page = await cfn().send(new DescribeStacksCommand({ NextToken: token }));
      stacks.push(...page.Stacks!);
      token = page.NextToken;
    }
    expect(stacks.length).toBeGreaterThan(200);
    expect(new Set(stacks.map((s) => s.StackStatus)).size).toBeGreaterThan(4);
    const big = stacks.find((s) => s.StackName!.endsWith('-platform'))!;
    const resources = await cfn().send(new ListStackResourcesCommand({ StackName: big.StackId }));
    expect(resources.StackResourceSummaries).toHaveLength(100);
    const rest = await cfn().send(
      new ListStackResourcesCommand({ StackName: big.StackName, NextToken: resources.NextToken }),
    );
    expect(rest.StackResourceSummaries!.length).toBeGreaterThan(0);
    // A token of one stack's resources is refused for another's.
    const otherStack = stacks.find((s) => s !== big)!.StackName;
    const refused = await failure(
      cfn().send(
        new ListStackResourcesCommand({ StackName: otherStack, NextToken: resources.NextToken }),
      ),
    );
    expect(refused).toMatchObject({ name: 'ValidationError', status: 400 });
  });

  it('says a stack that is not there does not exist, and names one by its name or id', async () => {
    const missing = await failure(cfn().send(new ListStackResourcesCommand({ StackName: 'gone' })));
    expect(missing).toMatchObject({
      name: 'ValidationError',
      message: 'Stack with id gone does not exist',
    });
    const { Stacks } = await cfn().send(new DescribeStacksCommand({}));
    const byId = await cfn().send(new DescribeStacksCommand({ StackName: Stacks![3]!.StackId }));
    expect(byId.Stacks!.map((s) => s.StackName)).toEqual([Stacks![3]!.StackName]);
  });

  it('answers only in the enabled regions', async () => {
    const closed = await failure(cfn('me-south-1').send(new DescribeStacksCommand({})));
    expect(closed).toMatchObject({ name: 'InvalidClientTokenId', status: 403 });
    const empty = await cfn('af-south-1').send(new DescribeStacksCommand({}));
    expect(empty.Stacks).toEqual([]);
  });
});

describe('RDS', () => {
  it('pages by MaxRecords 20..100 (100 when absent) with a Marker, refusing others', async () => {
    const first = await rds().send(new DescribeDBInstancesCommand({}));
    expect(first.DBInstances).toHaveLength(100);
    const next = await rds().send(
      new DescribeDBInstancesCommand({ Marker: first.Marker, MaxRecords: 20 }),
    );
    expect(next.DBInstances).toHaveLength(20);
    for (const MaxRecords of [19, 101]) {
      const refused = await failure(rds().send(new DescribeDBInstancesCommand({ MaxRecords })));
      expect(refused).toMatchObject({
        name: 'InvalidParameterValue',
        status: 400,
        message: `Invalid value ${MaxRecords} for MaxRecords. Must be between 20 and 100`,
      });
    }
  });

  it('filters by engine and finds one instance by identifier', async () => {
    const filtered = await rds().send(
      new DescribeDBInstancesCommand({
        Filters: [{ Name: 'engine', Values: ['mysql', 'mariadb'] }],
      }),
    );
    const engines = new Set(filtered.DBInstances!.map((db) => db.Engine));
    expect(engines).toEqual(new Set(['mysql', 'mariadb']));
    const one = filtered.DBInstances![0]!;
    const found = await rds().send(
      new DescribeDBInstancesCommand({ DBInstanceIdentifier: one.DBInstanceIdentifier }),
    );
    expect(found.DBInstances).toEqual([one]);
    const missing = await failure(
      rds().send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'nope' })),
    );
    expect(missing).toMatchObject({ name: 'DBInstanceNotFoundFault', status: 404 });
    const unknown = await failure(
      rds().send(new DescribeDBInstancesCommand({ Filters: [{ Name: 'size', Values: ['x'] }] })),
    );
    expect(unknown).toMatchObject({ name: 'InvalidParameterValue' });
  });
});
