import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DescribeImagesCommand, DescribeVolumesCommand } from '@aws-sdk/client-ec2';
import { LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import {
  ListHostedZonesCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
  type ResourceRecordSet,
} from '@aws-sdk/client-route-53';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';
import { demoCredentials, ec2Client, failure } from './endpoint-clients';

// The endpoint's Lambda ListFunctions, Route 53 lists and EC2 DescribeImages page as AWS documents
// them: page-size bounds, tokens bound to their listing, each service's own errors.
let endpoint: RunningEndpoint;
beforeAll(async () => {
  endpoint = await startEndpoint({ objects: 100, seed: 61 });
});
afterAll(() => endpoint.stop());

const common = () => ({
  endpoint: endpoint.url,
  credentials: demoCredentials,
  maxAttempts: 1,
});
const lambda = (region = 'us-east-1') => new LambdaClient({ ...common(), region });
const route53 = () => new Route53Client({ ...common(), region: 'us-east-1' });

describe('Lambda ListFunctions', () => {
  it('answers at most 50 a page, refuses MaxItems outside 1..10000, and binds its marker', async () => {
    const page = await lambda().send(new ListFunctionsCommand({ MaxItems: 80 }));
    expect(page.Functions).toHaveLength(50);
    expect(page.NextMarker).toBeTruthy();
    for (const MaxItems of [0, 10_001]) {
      expect(await failure(lambda().send(new ListFunctionsCommand({ MaxItems })))).toMatchObject({
        name: 'ValidationException',
        status: 400,
      });
    }
    // A marker of another region's listing, or one made up, is refused.
    const elsewhere = () =>
      lambda('eu-west-1').send(new ListFunctionsCommand({ Marker: page.NextMarker }));
    const madeUp = () => lambda().send(new ListFunctionsCommand({ Marker: 'eyJwIjoxMH0' }));
    for (const call of [elsewhere, madeUp]) {
      expect(await failure(call())).toMatchObject({
        name: 'InvalidParameterValueException',
        status: 400,
      });
    }
  });

  it('answers a region the account has not enabled as AWS does', async () => {
    expect(await failure(lambda('me-south-1').send(new ListFunctionsCommand({})))).toMatchObject({
      name: 'UnrecognizedClientException',
      status: 403,
    });
  });
});

describe('Route 53', () => {
  const zones = async () =>
    (await route53().send(new ListHostedZonesCommand({}))).HostedZones ?? [];
  const sets = async (input: Partial<{ StartRecordName: string; StartRecordType: 'A' }> = {}) => {
    const [zone] = await zones();
    return route53().send(
      new ListResourceRecordSetsCommand({ HostedZoneId: zone!.Id, MaxItems: 1000, ...input }),
    );
  };

  it('pages hosted zones by marker, and refuses a marker that names no zone', async () => {
    const all = await zones();
    const first = await route53().send(new ListHostedZonesCommand({ MaxItems: 2 }));
    expect(first.IsTruncated).toBe(true);
    expect(first.HostedZones?.map((z) => z.Id)).toEqual(all.slice(0, 2).map((z) => z.Id));
    expect(`/hostedzone/${first.NextMarker}`).toBe(all[2]!.Id);
    const bad = route53().send(new ListHostedZonesCommand({ Marker: 'ZNOSUCHZONE' }));
    expect(await failure(bad)).toMatchObject({ name: 'InvalidInput', status: 400 });
  });

  it('lists record sets in its documented order: reversed labels with the final dot, type, identifier', async () => {
    const page = await sets();
    // At most 300 a page, however many are asked for.
    expect(page.ResourceRecordSets).toHaveLength(300);
    const names = (page.ResourceRecordSets ?? []).map((s) => s.Name!);
    // '-' sorts below '.', so api-v2.example.com. comes before api.example.com.
    expect(names.indexOf('api-v2.example.com.')).toBeLessThan(names.indexOf('api.example.com.'));
    const reversed = (s: ResourceRecordSet) =>
      `${s.Name!.slice(0, -1).split('.').reverse().join('.')}.\u0000${s.Type}\u0000${s.SetIdentifier ?? ''}`;
    const keys = (page.ResourceRecordSets ?? []).map(reversed);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('starts at a name, a name and type, or all three, and wants a name before a type', async () => {
    const from = await sets({ StartRecordName: 'API.example.com' });
    expect(from.ResourceRecordSets?.[0]).toMatchObject({ Name: 'api.example.com.', Type: 'A' });
    const second = from.ResourceRecordSets![1]!;
    const [zone] = await zones();
    const exact = await route53().send(
      new ListResourceRecordSetsCommand({
        HostedZoneId: zone!.Id,
        StartRecordName: second.Name,
        StartRecordType: second.Type,
        StartRecordIdentifier: second.SetIdentifier,
      }),
    );
    expect(exact.ResourceRecordSets?.[0]).toEqual(second);
    const typeOnly = route53().send(
      new ListResourceRecordSetsCommand({ HostedZoneId: zone!.Id, StartRecordType: 'A' }),
    );
    expect(await failure(typeOnly)).toMatchObject({ name: 'InvalidInput', status: 400 });
    const unknown = route53().send(new ListResourceRecordSetsCommand({ HostedZoneId: 'ZNONE' }));
    expect(await failure(unknown)).toMatchObject({ name: 'NoSuchHostedZone', status: 404 });
  });
});

describe('EC2 DescribeImages', () => {
  it('keeps MaxResults within 5..1000, binds its token, and lists only the account’s own', async () => {
    const ec2 = ec2Client(endpoint);
    for (const MaxResults of [4, 1001]) {
      const call = ec2.send(new DescribeImagesCommand({ Owners: ['self'], MaxResults }));
      expect(await failure(call)).toMatchObject({ name: 'InvalidParameterValue', status: 400 });
    }
    const volumes = await ec2.send(new DescribeVolumesCommand({ MaxResults: 5 }));
    const foreign = ec2.send(
      new DescribeImagesCommand({ Owners: ['self'], NextToken: volumes.NextToken }),
    );
    expect(await failure(foreign)).toMatchObject({ name: 'InvalidNextToken', status: 400 });
    const own = await ec2.send(new DescribeImagesCommand({ Owners: ['self'] }));
    expect(own.Images?.length).toBeGreaterThan(10);
    const amazon = await ec2.send(new DescribeImagesCommand({ Owners: ['amazon'] }));
    expect(amazon.Images).toEqual([]);
    const both = ec2.send(
      new DescribeImagesCommand({ ImageIds: [own.Images![0]!.ImageId!], MaxResults: 5 }),
    );
    expect(await failure(both)).toMatchObject({ name: 'InvalidParameterCombination' });
  });
});
