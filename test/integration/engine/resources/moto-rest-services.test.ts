import { expect, it } from 'vitest';
import { useMoto } from './moto-judge';

// moto, a third-party emulator, as a judge of the REST services beside the local endpoint: what
// PageScope lists of Lambda functions, Route 53 hosted zones and a zone's record sets equals
// boto3's paginator over the same moto data. moto's ListResourceRecordSets ignores
// StartRecordIdentifier and never returns NextRecordIdentifier, so its data here holds no
// weighted or latency sets (a page boundary inside one would loop in boto3 and PageScope alike);
// the three-part tokens are judged against the AWS CLI on the local endpoint (route53-cli.test.ts).
const moto = useMoto(
  new URL('./fixtures/boto3-rest-services.py', import.meta.url),
  async (judge) => {
    await judge.boto3(['seed']);
  },
);
const pagescope = (args: string[]) => moto.list([...args, '--page-size', '5']);
const boto3 = (args: string[]) => moto.boto3(args);

it("lists Lambda functions as boto3's paginator does", async (ctx) => {
  ctx.skip(moto.missing !== null, `${moto.missing}: the moto comparison cannot run`);
  const theirs = JSON.parse(
    await boto3(['list', 'lambda', 'list_functions', 'Functions', 'FunctionName,Runtime', '{}']),
  ) as unknown[];
  expect(theirs.length).toBe(13);
  const query = 'Functions[].[FunctionName, Runtime]';
  expect(await pagescope(['lambda-functions', '--query', query])).toEqual(theirs);
});

it("lists hosted zones, and a zone's record sets, as boto3's paginator does", async (ctx) => {
  ctx.skip(moto.missing !== null, `${moto.missing}: the moto comparison cannot run`);
  const zones = JSON.parse(
    await boto3(['list', 'route53', 'list_hosted_zones', 'HostedZones', 'Id,Name', '{}']),
  ) as Array<[string, string]>;
  expect(zones.length).toBe(7);
  expect(await pagescope(['route53-hosted-zones', '--query', 'HostedZones[].[Id, Name]'])).toEqual(
    zones,
  );
  const zone = zones.find(([, name]) => name === 'zone-0.example.com.')![0];
  const params = JSON.stringify({ HostedZoneId: zone });
  const theirs = JSON.parse(
    await boto3([
      'list',
      'route53',
      'list_resource_record_sets',
      'ResourceRecordSets',
      'Name,Type',
      params,
    ]),
  ) as unknown[];
  expect(theirs.length).toBe(20);
  const query = 'ResourceRecordSets[].[Name, Type]';
  expect(
    await pagescope(['route53-record-sets', '--hosted-zone-id', zone, '--query', query]),
  ).toEqual(theirs);
});
