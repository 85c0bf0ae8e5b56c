import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { awsCliBatch } from './aws-cli-batch';
import { pagescopeInProcess } from './in-process-cli';
import type { CliRun } from './run-cli';

// Route 53 (REST-XML, global) against /usr/bin/aws on the same local endpoint: hosted zones and
// a big zone's record sets, every page, and --max-items NextTokens of each tool resumed by the
// other. ListResourceRecordSets has three input tokens (name, type, identifier): the cuts below
// are chosen in the listing so that a token stops inside a name, and inside a name and type.
let endpoint: RunningEndpoint;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 41, objects: 100 });
  Object.assign(process.env, {
    HOME: await mkdtemp(join(tmpdir(), 'pagescope-route53-home-')),
    AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  // Global: PageScope is given no region; the AWS CLI wants one to sign with (any will do).
  delete process.env.AWS_REGION;
  delete process.env.AWS_DEFAULT_REGION;
  delete process.env.AWS_PROFILE;
});
afterAll(() => endpoint.stop());

const env = () => ({
  HOME: process.env.HOME!,
  AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
  AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
});
const list = (args: string[]) =>
  pagescopeInProcess(['list', ...args, '--endpoint-url', endpoint.url]);
const aws = (commands: string[][]) =>
  awsCliBatch(
    commands.map((c) => ['--endpoint-url', endpoint.url, '--region', 'eu-west-1', ...c]),
    env(),
  );
const json = (run: CliRun): unknown => {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
};
const nextToken = (run: CliRun) => /^NextToken: (\S+)$/m.exec(run.stderr)?.[1] ?? null;
const decoded = (token: string): unknown => JSON.parse(Buffer.from(token, 'base64').toString());

type Triple = [string, string, string | null];
const triples = ['--query', 'ResourceRecordSets[].[Name, Type, SetIdentifier]', '--output', 'json'];
const zones = ['route53', 'list-hosted-zones'];
const records = (zone: string) => [
  'route53',
  'list-resource-record-sets',
  '--hosted-zone-id',
  zone,
];

it('lists hosted zones as the AWS CLI does, and resumes its NextToken both ways', async () => {
  const whole = ['--query', 'HostedZones', '--output', 'json'];
  const ids = ['--query', 'HostedZones[].Id', '--output', 'json'];
  const first = await list([
    'route53-hosted-zones',
    '--page-size',
    '2',
    '--max-items',
    '3',
    ...ids,
  ]);
  const ourToken = nextToken(first)!;
  const [all, head, rest] = await aws([
    [...zones, '--page-size', '2', ...whole],
    [
      ...zones,
      '--page-size',
      '2',
      '--max-items',
      '3',
      '--query',
      '{Ids: HostedZones[].Id, Next: NextToken}',
    ],
    [...zones, '--page-size', '2', '--starting-token', ourToken, ...ids],
  ]);
  const hosted = json(all!) as Array<{ Id: string }>;
  expect(hosted.length).toBeGreaterThan(3);
  expect(json(await list(['route53-hosted-zones', '--page-size', '2', ...whole]))).toEqual(hosted);
  const theirs = json(head!) as { Ids: string[]; Next: string };
  expect(json(first)).toEqual(theirs.Ids);
  expect(theirs.Next).toBe(ourToken);
  const ours = await list([
    'route53-hosted-zones',
    '--page-size',
    '2',
    '--starting-token',
    theirs.Next,
    ...ids,
  ]);
  expect(json(ours)).toEqual(json(rest!));
  expect([...theirs.Ids, ...(json(ours) as string[])]).toEqual(hosted.map((z) => z.Id));
});

it('lists a big zone’s record sets as the AWS CLI does, and resumes three-part NextTokens both ways', async () => {
  const [listed] = await aws([[...zones, '--query', 'HostedZones[0].Id', '--output', 'json']]);
  const zone = json(listed!) as string;
  const whole = ['--query', 'ResourceRecordSets', '--output', 'json'];
  const [byDefault] = await aws([[...records(zone), ...whole]]);
  const sets = json(byDefault!) as Array<{ Name: string; Type: string; SetIdentifier?: string }>;
  expect(sets.length).toBeGreaterThan(2000);
  expect(json(await list(['route53-record-sets', '--hosted-zone-id', zone, ...whole]))).toEqual(
    sets,
  );
  // Pages of 97 end anywhere: the same sets, in the same order.
  const all: Triple[] = sets.map((s) => [s.Name, s.Type, s.SetIdentifier ?? null]);
  const by97 = ['route53-record-sets', '--hosted-zone-id', zone, '--page-size', '97', ...triples];
  expect(json(await list(by97))).toEqual(all);

  // Where the next set shares its name and type with the last (a weighted pair): the token needs
  // the identifier. Where it shares only the name: the identifier is null.
  const sameType = all.findIndex(
    (t, i) => i > 2 && t[2] !== null && all[i - 1]![0] === t[0] && all[i - 1]![1] === t[1],
  );
  const sameName = all.findIndex(
    (t, i) => i > 2 && all[i - 1]![0] === t[0] && all[i - 1]![1] !== t[1],
  );
  expect(sameType).toBeGreaterThan(0);
  expect(sameName).toBeGreaterThan(0);
  // [page size, max items]: a page boundary inside a name and type, a cut in the middle of the
  // page that starts there, and a page boundary inside a name.
  const cuts = [
    [sameType, sameType],
    [sameType, sameType + 2],
    [sameName, sameName],
  ].map(([size, max]) => ['--page-size', String(size), '--max-items', String(max)]);
  const firsts = await Promise.all(
    cuts.map((cut) => list(['route53-record-sets', '--hosted-zone-id', zone, ...cut, ...triples])),
  );
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
  const heads = [
    '--query',
    '{Sets: ResourceRecordSets[].[Name, Type, SetIdentifier], Next: NextToken}',
    '--output',
    'json',
  ];
  // Resumed for the next 40 sets: enough to cross several pages of the resumed listing.
  const more = ['--max-items', '40'];
  const runs = await aws(
    cuts.flatMap((cut, i) => [
      [...records(zone), ...cut, ...heads],
      [...records(zone), cut[0]!, cut[1]!, ...more, '--starting-token', ourTokens[i]!, ...triples],
    ]),
  );
  for (const [i, cut] of cuts.entries()) {
    const head = json(runs[2 * i]!) as { Sets: Triple[]; Next: string };
    expect(json(firsts[i]!)).toEqual(head.Sets);
    expect(head.Next).toBe(ourTokens[i]);
    const resumed = await list([
      'route53-record-sets',
      '--hosted-zone-id',
      zone,
      cut[0]!,
      cut[1]!,
      ...more,
      '--starting-token',
      head.Next,
      ...triples,
    ]);
    expect(json(resumed)).toEqual(json(runs[2 * i + 1]!));
    expect([...head.Sets, ...(json(resumed) as Triple[])]).toEqual(
      all.slice(0, head.Sets.length + 40),
    );
  }
});

it('names the IAM action when Route 53 denies the record sets', async () => {
  const listed = await list([
    'route53-hosted-zones',
    '--query',
    'HostedZones[0].Id',
    '--output',
    'json',
  ]);
  endpoint.script({
    service: 'route53',
    operation: 'ListResourceRecordSets',
    nth: 1,
    fault: 'AccessDenied',
  });
  const zone = json(listed) as string;
  const denied = await list(['route53-record-sets', '--hosted-zone-id', zone, '--max-items', '5']);
  expect(denied.code).toBe(1);
  expect(denied.stderr).toContain('route53:ListResourceRecordSets');
  expect(denied.stderr).toContain(zone);
});
