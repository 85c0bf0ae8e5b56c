import { describe, expect, it } from 'vitest';
import { getResource } from '../../../../electron/engine/resources/registry';
import { useMoto } from './moto-judge';

// moto, a third-party AWS emulator, as a judge beside the local endpoint: what PageScope lists of
// IAM, CloudFormation and RDS equals boto3's paginator over the same moto data.
// [kind, botocore operation, its parameters, the view's parameters, page size (0: none)].
const cases = [
  ['iam-users', 'list_users', {}, [], 5],
  ['iam-roles', 'list_roles', {}, [], 5],
  ['iam-policies', 'list_policies', { Scope: 'Local' }, [], 5],
  ['cloudformation-stacks', 'describe_stacks', {}, [], 0],
  [
    'cloudformation-stack-resources',
    'list_stack_resources',
    { StackName: 'stack-3' },
    ['--stack-name', 'stack-3'],
    0,
  ],
  ['rds-db-instances', 'describe_db_instances', {}, [], 20],
] as const;

/** What boto3's paginator lists of each case over moto, by kind. */
let theirs: Record<string, string[]>;

const moto = useMoto(
  new URL('./fixtures/boto3-query-services.py', import.meta.url),
  async (judge) => {
    // One Python process makes the data and lists every case (a start costs about a second).
    const listings = Object.fromEntries(
      cases.map(([kind, operation, params, , pageSize]) => {
        const { info } = getResource(kind);
        const listing = [info.service, operation, info.itemsPath, info.keyColumn, params, pageSize];
        return [kind, listing];
      }),
    );
    theirs = JSON.parse(await judge.boto3([JSON.stringify(listings)])) as Record<string, string[]>;
  },
);

describe.each(cases)('%s on moto', (kind, _operation, _params, viewParams, pageSize) => {
  it("lists what boto3's paginator lists, in its order", async (ctx) => {
    ctx.skip(moto.missing !== null, `${moto.missing}: the moto comparison cannot run`);
    const { info } = getResource(kind);
    const listed = theirs[kind]!;
    expect(listed.length).toBeGreaterThan(kind === 'cloudformation-stacks' ? 3 : 10);
    const query = `${info.itemsPath}[].${info.keyColumn}`;
    const size = pageSize > 0 ? ['--page-size', String(pageSize)] : [];
    expect(await moto.list([kind, ...viewParams, ...size, '--query', query])).toEqual(listed);
  });
});
