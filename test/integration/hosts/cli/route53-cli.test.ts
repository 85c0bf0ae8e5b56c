import { expect, it } from 'vitest';
import type { CliRun } from './run-cli';
import { cliVsAws, json, nextToken } from './cli-vs-aws';

// Route 53 (REST-XML, global) against /usr/bin/aws on the same local endpoint: hosted zones and
// a big zone's record sets, every page, and --max-items NextTokens of each tool resumed by the
// other. ListResourceRecordSets has three input tokens (name, type, identifier): the cuts below
// are chosen in the listing so that a token stops inside a name, and inside a name and type.
const { endpoint, list, beforeBatch, plan, theirs } = cliVsAws(41, 'eu-west-1', { global: true });
const decoded = (token: string): unknown => JSON.parse(Buffer.from(token, 'base64').toString());

type Triple = [string, string, string | null];
interface RecordSet {
  Name: string;
  Type: string;
  SetIdentifier?: string;
}
const tripleOf = (s: RecordSet): Triple => [s.Name, s.Type, s.SetIdentifier ?? null];
const triples = ['--query', 'ResourceRecordSets[].[Name, Type, SetIdentifier]', '--output', 'json'];
const heads = [
  '--query',
  '{Sets: ResourceRecordSets[].[Name, Type, SetIdentifier], Next: NextToken}',
  '--output',
  'json',
];
const zones = ['route53', 'list-hosted-zones'];
const records = (zone: string) => [
  'route53',
  'list-resource-record-sets',
  '--hosted-zone-id',
  zone,
];
const hostedZones = (...args: string[]) => list(['route53-hosted-zones', ...args]);
const recordSets = (zone: string, ...args: string[]) =>
  list(['route53-record-sets', '--hosted-zone-id', zone, ...args]);
const firstZone = ['--query', 'HostedZones[0].Id', '--output', 'json'];
const wholeZones = ['--query', 'HostedZones', '--output', 'json'];
const zoneIds = ['--query', 'HostedZones[].Id', '--output', 'json'];
const wholeSets = ['--query', 'ResourceRecordSets', '--output', 'json'];
// Resumed for the next 40 sets: enough to cross several pages of the resumed listing.
const more = ['--max-items', '40'];

/**
 * Where the next set shares its name and type with the last (a weighted pair): a token there
 * needs the identifier. Where it shares only the name: the identifier is null.
 */
const boundaries = (all: Triple[]) => ({
  sameType: all.findIndex(
    (t, i) => i > 2 && t[2] !== null && all[i - 1]![0] === t[0] && all[i - 1]![1] === t[1],
  ),
  sameName: all.findIndex((t, i) => i > 2 && all[i - 1]![0] === t[0] && all[i - 1]![1] !== t[1]),
});

// PageScope's runs that the AWS CLI's are planned from, made before the batch.
let zonesFirst: CliRun;
let zone = '';
/** PageScope's listing of the zone's sets, which a test holds equal to the AWS CLI's. */
let sets: RecordSet[] = [];
let cuts: string[][] = [];
let firsts: CliRun[] = [];

beforeBatch(async () => {
  zonesFirst = await hostedZones('--page-size', '2', '--max-items', '3', ...zoneIds);
  const headIds = ['--query', '{Ids: HostedZones[].Id, Next: NextToken}'];
  const token = nextToken(zonesFirst) ?? 'none';
  plan('zones', [...zones, '--page-size', '2', ...wholeZones]);
  plan('zones head', [...zones, '--page-size', '2', '--max-items', '3', ...headIds]);
  plan('zones rest', [...zones, '--page-size', '2', '--starting-token', token, ...zoneIds]);
});

beforeBatch(async () => {
  zone = json(await hostedZones(...firstZone)) as string;
  sets = json(await recordSets(zone, ...wholeSets)) as RecordSet[];
  const { sameType, sameName } = boundaries(sets.map(tripleOf));
  // [page size, max items]: a page boundary inside a name and type, a cut in the middle of the
  // page that starts there, and a page boundary inside a name.
  cuts = [
    [sameType, sameType],
    [sameType, sameType + 2],
    [sameName, sameName],
  ].map(([size, max]) => ['--page-size', String(size), '--max-items', String(max)]);
  firsts = await Promise.all(cuts.map((cut) => recordSets(zone, ...cut, ...triples)));
  plan('zone', [...zones, ...firstZone]);
  plan('sets', [...records(zone), ...wholeSets]);
  cuts.forEach((cut, i) => {
    const token = nextToken(firsts[i]!) ?? 'none';
    plan(`head ${i}`, [...records(zone), ...cut, ...heads]);
    plan(`rest ${i}`, [
      ...records(zone),
      cut[0]!,
      cut[1]!,
      ...more,
      '--starting-token',
      token,
      ...triples,
    ]);
  });
});

it('lists hosted zones as the AWS CLI does, and resumes its NextToken both ways', async () => {
  const ourToken = nextToken(zonesFirst)!;
  const hosted = json(theirs('zones')) as Array<{ Id: string }>;
  expect(hosted.length).toBeGreaterThan(3);
  expect(json(await hostedZones('--page-size', '2', ...wholeZones))).toEqual(hosted);
  const head = json(theirs('zones head')) as { Ids: string[]; Next: string };
  expect(json(zonesFirst)).toEqual(head.Ids);
  expect(head.Next).toBe(ourToken);
  const ours = await hostedZones('--page-size', '2', '--starting-token', head.Next, ...zoneIds);
  expect(json(ours)).toEqual(json(theirs('zones rest')));
  expect([...head.Ids, ...(json(ours) as string[])]).toEqual(hosted.map((z) => z.Id));
});

it('lists a big zone’s record sets as the AWS CLI does, and resumes three-part NextTokens both ways', async () => {
  expect(json(theirs('zone'))).toBe(zone);
  const theirSets = json(theirs('sets')) as RecordSet[];
  expect(theirSets.length).toBeGreaterThan(2000);
  expect(sets).toEqual(theirSets);
  // Pages of 97 end anywhere: the same sets, in the same order.
  const all = theirSets.map(tripleOf);
  expect(json(await recordSets(zone, '--page-size', '97', ...triples))).toEqual(all);

  const { sameType, sameName } = boundaries(all);
  expect(sameType).toBeGreaterThan(0);
  expect(sameName).toBeGreaterThan(0);
  const ourTokens = firsts.map((run) => nextToken(run)!);
  expect(decoded(ourTokens[0]!)).toEqual({
    StartRecordName: all[sameType]![0],
    StartRecordType: all[sameType]![1],
    StartRecordIdentifier: all[sameType]![2],
  });
  expect(decoded(ourTokens[1]!)).toMatchObject({
    StartRecordIdentifier: all[sameType]![2],
    boto_truncate_amount: 2,
  });
  expect(decoded(ourTokens[2]!)).toMatchObject({
    StartRecordType: all[sameName]![1],
    StartRecordIdentifier: null,
  });
  for (const [i, cut] of cuts.entries()) {
    const head = json(theirs(`head ${i}`)) as { Sets: Triple[]; Next: string };
    expect(json(firsts[i]!)).toEqual(head.Sets);
    expect(head.Next).toBe(ourTokens[i]);
    const resumed = await recordSets(
      zone,
      cut[0]!,
      cut[1]!,
      ...more,
      '--starting-token',
      head.Next,
      ...triples,
    );
    expect(json(resumed)).toEqual(json(theirs(`rest ${i}`)));
    expect([...head.Sets, ...(json(resumed) as Triple[])]).toEqual(
      all.slice(0, head.Sets.length + 40),
    );
  }
});

it('names the IAM action when Route 53 denies the record sets', async () => {
  endpoint().script({
    service: 'route53',
    operation: 'ListResourceRecordSets',
    nth: 1,
    fault: 'AccessDenied',
  });
  const denied = await recordSets(zone, '--max-items', '5');
  expect(denied.code).toBe(1);
  expect(denied.stderr).toContain('route53:ListResourceRecordSets');
  expect(denied.stderr).toContain(zone);
});
