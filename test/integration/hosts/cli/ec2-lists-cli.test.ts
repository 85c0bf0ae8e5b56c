import { describe, expect, it } from 'vitest';
import { getResource } from '../../../../electron/engine/resources/registry';
import type { CliRun } from './run-cli';
import { cliVsAws, json, nextToken } from './cli-vs-aws';

// EC2's flat Describe* lists, each against /usr/bin/aws on the same local endpoint: every page,
// and a --max-items NextToken of each tool resumed by the other.
const { endpoint, list, beforeBatch, plan, theirs } = cliVsAws(21, 'eu-west-1');

const resources = [
  'ec2-vpcs',
  'ec2-subnets',
  'ec2-security-groups',
  'ec2-volumes',
  'ec2-snapshots',
] as const;

/** A resource's AWS CLI words, key and the queries both tools are given. */
const argsOf = (kind: string) => {
  const resource = getResource(kind);
  const [service, command, ...own] = resource.info.cli;
  const key = resource.info.keyColumn;
  const items = resource.info.itemsPath;
  return {
    key,
    words: [service!, command!, ...own],
    ids: ['--query', `${items}[].${key}`, '--output', 'json'],
    head: ['--query', `{Ids: ${items}[].${key}, Next: NextToken}`, '--output', 'json'],
  };
};
const volumeIds = ['--query', 'Volumes[].VolumeId', '--output', 'json'];
/** PageScope's --max-items run of each resource, made before the batch (its token is in it). */
const firsts = new Map<string, CliRun>();

beforeBatch(async () => {
  for (const kind of resources) {
    const { words, ids, head } = argsOf(kind);
    const first = await list([kind, '--page-size', '5', '--max-items', '12', ...ids]);
    firsts.set(kind, first);
    const token = nextToken(first) ?? 'none';
    plan(`${kind} by 7`, [...words, '--page-size', '7', ...ids]);
    plan(`${kind} head`, [...words, '--page-size', '5', '--max-items', '12', ...head]);
    plan(`${kind} rest`, [...words, '--page-size', '5', '--starting-token', token, ...ids]);
    plan(`${kind} all`, [...words, ...ids]);
  }
  plan('volumes by 900', ['ec2', 'describe-volumes', '--page-size', '900', ...volumeIds]);
});

describe.each(resources)('%s', (kind) => {
  const { key, ids } = argsOf(kind);

  it('lists every item as the AWS CLI does, page after page', async () => {
    const ours = await list([kind, '--page-size', '7', ...ids]);
    const listed = json(ours) as string[];
    expect(listed.length).toBeGreaterThan(14);
    expect(listed).toEqual(json(theirs(`${kind} by 7`)));
    // Rows as the table shows them: one per item, in the same order.
    const rows = (await list([kind, '--page-size', '7', '--output', 'jsonl'])).stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as Record<string, unknown>)[key]);
    expect(rows).toEqual(listed);
  });

  it('resumes from a NextToken of the other tool, both ways', async () => {
    const first = firsts.get(kind)!;
    const ourToken = nextToken(first)!;
    expect(ourToken).not.toBeNull();
    const head = json(theirs(`${kind} head`)) as { Ids: string[]; Next: string };
    expect(json(first)).toEqual(head.Ids);
    expect(head.Next).toBe(ourToken);
    const ours = await list([kind, '--page-size', '5', '--starting-token', head.Next, ...ids]);
    expect(json(ours)).toEqual(json(theirs(`${kind} rest`)));
    expect([...head.Ids, ...(json(ours) as string[])]).toEqual(json(theirs(`${kind} all`)));
  });
});

it('keeps each operation’s page-size bounds as EC2 does', async () => {
  // Below 5 EC2 refuses every one; PageScope asks for 5 at least, as for instances.
  const tiny = await list(['ec2-vpcs', '--page-size', '2', '--query', 'Vpcs[].VpcId']);
  expect(tiny.code, tiny.stderr).toBe(0);
  // DescribeVolumes answers at most 500 however many are asked for (the AWS CLI asks 1000).
  const all = json(theirs('volumes by 900')) as string[];
  const requests = endpoint().requests().length;
  const ours = await list(['ec2-volumes', '--page-size', '900', ...volumeIds]);
  expect(json(ours)).toEqual(all);
  expect(endpoint().requests().length - requests).toBe(Math.ceil(all.length / 500));
});
