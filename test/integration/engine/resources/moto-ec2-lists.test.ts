import { describe, expect, it } from 'vitest';
import { getResource } from '../../../../electron/engine/resources/registry';
import { useMoto } from './moto-judge';

// moto, a third-party EC2 emulator, as a judge beside the local endpoint: what PageScope lists of
// each EC2 resource equals boto3's paginator over the same moto data. (moto answers
// DescribeImages in one page whatever MaxResults asks: its images are compared unpaged.)
const moto = useMoto(new URL('./fixtures/boto3-ec2.py', import.meta.url), async (judge) => {
  await judge.boto3(['seed']);
});

const cases = [
  ['ec2-vpcs', 'describe_vpcs', {}],
  ['ec2-subnets', 'describe_subnets', {}],
  ['ec2-security-groups', 'describe_security_groups', {}],
  ['ec2-volumes', 'describe_volumes', {}],
  ['ec2-snapshots', 'describe_snapshots', { OwnerIds: ['self'] }],
  ['ec2-images', 'describe_images', { Owners: ['self'] }],
] as const;

describe.each(cases)('%s on moto', (kind, operation, params) => {
  it("lists what boto3's paginator lists, in its order", async (ctx) => {
    ctx.skip(moto.missing !== null, `${moto.missing}: the moto comparison cannot run`);
    const { info } = getResource(kind);
    const theirs = JSON.parse(
      await moto.boto3(['list', operation, info.itemsPath, info.keyColumn, JSON.stringify(params)]),
    ) as string[];
    expect(theirs.length).toBeGreaterThan(
      kind === 'ec2-snapshots' || kind === 'ec2-images' ? 5 : 10,
    );
    const query = `${info.itemsPath}[].${info.keyColumn}`;
    expect(await moto.list([kind, '--page-size', '5', '--query', query])).toEqual(theirs);
  });
});
