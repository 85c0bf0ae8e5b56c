import { describe, expect, it } from 'vitest';
import { demoStacks } from '../../../../electron/endpoint/cloudformation/stack-data';
import { getResource } from '../../../../electron/engine/resources/registry';
import type { CliRun } from './run-cli';
import { cliVsAws, json, nextToken } from './cli-vs-aws';

// The Query-protocol services (IAM, CloudFormation, RDS), each against /usr/bin/aws on the same
// local endpoint: every page, and a --max-items NextToken of each tool resumed by the other.
const SEED = 23;
const REGION = 'eu-west-1';
const { endpoint, list, aws, beforeBatch, plan, theirs } = cliVsAws(SEED, REGION);

/** The first demo stack of the region with more resources than one ListStackResources page. */
const bigStack = () => demoStacks(SEED, REGION).find((s) => s.resourceCount > 130)!.stackName;

interface Case {
  kind: string;
  /** The view's parameters, as both tools take them. */
  params: () => string[];
  /** Fields compared besides the key, dates aside (the tools print them differently). */
  fields: string[];
  /** Page size for the full listing; null where the operation takes none. */
  pageSize: number | null;
  /** A --max-items that stops mid-page, and the page size it is tried with. */
  resume: { maxItems: number; pageSize: number | null };
  atLeast: number;
}

const cases: Case[] = [
  {
    kind: 'iam-users',
    params: () => [],
    fields: ['Path', 'UserId', 'Arn'],
    pageSize: 70,
    resume: { maxItems: 12, pageSize: 5 },
    atLeast: 300,
  },
  {
    // The trust policy, URL-encoded by IAM, is decoded into JSON as botocore decodes it.
    kind: 'iam-roles',
    params: () => [],
    fields: [
      'Path',
      'Arn',
      'RoleId',
      'Description',
      'MaxSessionDuration',
      'AssumeRolePolicyDocument',
    ],
    pageSize: 400,
    resume: { maxItems: 1234, pageSize: 300 },
    atLeast: 3000,
  },
  {
    kind: 'iam-policies',
    params: () => [],
    fields: ['Path', 'Arn', 'PolicyId', 'AttachmentCount', 'DefaultVersionId', 'IsAttachable'],
    pageSize: 30,
    resume: { maxItems: 12, pageSize: 5 },
    atLeast: 100,
  },
  {
    kind: 'cloudformation-stacks',
    params: () => [],
    fields: ['StackId', 'StackStatus', 'Description', 'Tags', 'Outputs', 'Parameters'],
    pageSize: null,
    resume: { maxItems: 117, pageSize: null },
    atLeast: 101,
  },
  {
    kind: 'cloudformation-stack-resources',
    params: () => ['--stack-name', bigStack()],
    fields: ['PhysicalResourceId', 'ResourceType', 'ResourceStatus'],
    pageSize: null,
    resume: { maxItems: 117, pageSize: null },
    atLeast: 131,
  },
  {
    kind: 'rds-db-instances',
    params: () => [],
    fields: ['Engine', 'DBInstanceClass', 'DBInstanceStatus', 'Endpoint', 'TagList'],
    pageSize: 25,
    resume: { maxItems: 45, pageSize: 20 },
    atLeast: 150,
  },
];

const sizeArgs = (size: number | null) => (size === null ? [] : ['--page-size', String(size)]);

/** The command lines of one case, as both tools take them. */
const argsOf = (c: Case) => {
  const { info } = getResource(c.kind);
  const { keyColumn: key, itemsPath: items } = info;
  const fields = [key, ...c.fields].map((f) => `${f}: ${f}`).join(', ');
  return {
    key,
    words: info.cli,
    ids: ['--query', `${items}[].${key}`, '--output', 'json'],
    whole: ['--query', `${items}[].{${fields}}`, '--output', 'json'],
    paging: [...sizeArgs(c.resume.pageSize), '--max-items', String(c.resume.maxItems)],
    head: ['--query', `{Ids: ${items}[].${key}, Next: NextToken}`, '--output', 'json'],
    rest: [...sizeArgs(c.resume.pageSize), '--starting-token'],
  };
};

// PageScope's first pages with --max-items, made before the batch: their tokens are in it.
const ourFirst = new Map<string, CliRun>();
let usersToken: string;

beforeBatch(async () => {
  for (const c of cases) {
    const p = argsOf(c);
    const first = await list([c.kind, ...c.params(), ...p.paging, ...p.ids]);
    ourFirst.set(c.kind, first);
    const token = nextToken(first) ?? 'none';
    plan(`${c.kind} whole`, [...p.words, ...c.params(), ...sizeArgs(c.pageSize), ...p.whole]);
    plan(`${c.kind} head`, [...p.words, ...c.params(), ...p.paging, ...p.head]);
    plan(`${c.kind} rest`, [...p.words, ...c.params(), ...p.rest, token, ...p.ids]);
  }
  usersToken = nextToken(await list(['iam-users', '--page-size', '5', '--max-items', '5']))!;
  plan('marker elsewhere', ['iam', 'list-roles', '--starting-token', usersToken]);
  plan('gone', ['cloudformation', 'list-stack-resources', '--stack-name', 'gone']);
});

describe.each(cases)('$kind', (c) => {
  const p = argsOf(c);

  it('lists every item as the AWS CLI does, page after page', async () => {
    const ours = await list([c.kind, ...c.params(), ...sizeArgs(c.pageSize), ...p.whole]);
    const listed = json(ours) as Record<string, unknown>[];
    expect(listed.length).toBeGreaterThanOrEqual(c.atLeast);
    expect(listed).toEqual(json(theirs(`${c.kind} whole`)));
    // Rows as the table shows them: one per item, in the same order.
    const rows = (
      await list([c.kind, ...c.params(), ...sizeArgs(c.pageSize), '--output', 'jsonl'])
    ).stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as Record<string, unknown>)[p.key]);
    expect(rows).toEqual(listed.map((item) => item[p.key]));
  });

  it('resumes from a NextToken of the other tool, both ways', async () => {
    const first = ourFirst.get(c.kind)!;
    const ourToken = nextToken(first);
    expect(ourToken).not.toBeNull();
    const head = json(theirs(`${c.kind} head`)) as { Ids: string[]; Next: string };
    expect(json(first)).toEqual(head.Ids);
    expect(head.Next).toBe(ourToken);
    const ours = await list([c.kind, ...c.params(), ...p.rest, head.Next, ...p.ids]);
    expect(json(ours)).toEqual(json(theirs(`${c.kind} rest`)));
    // The whole listing, which the test above holds equal to the AWS CLI's.
    const all = json(await list([c.kind, ...c.params(), ...sizeArgs(c.pageSize), ...p.ids]));
    expect([...head.Ids, ...(json(ours) as string[])]).toEqual(all);
  });
});

it('pages each operation as AWS documents it', async () => {
  const requests = () => endpoint().requests().length;
  // IAM answers 100 a page when not told, to either tool; told 1000, its most, it answers 1000.
  let before = requests();
  const [roles, tooSmall, tooBig] = await aws([
    ['iam', 'list-roles', '--query', 'length(Roles)'],
    ['rds', 'describe-db-instances', '--page-size', '10'],
    ['iam', 'list-users', '--page-size', '1001'],
  ]);
  const count = json(roles!) as number;
  expect(requests() - before).toBe(Math.ceil(count / 100) + 2);
  before = requests();
  expect(json(await list(['iam-roles', '--query', 'length(Roles)']))).toBe(count);
  expect(requests() - before).toBe(Math.ceil(count / 100));
  before = requests();
  const big = await list(['iam-roles', '--page-size', '1000', '--query', 'length(Roles)']);
  expect(json(big)).toBe(count);
  expect(requests() - before).toBe(Math.ceil(count / 1000));
  // RDS refuses MaxRecords outside 20..100 and IAM MaxItems above 1000, in their error shapes.
  expect(tooSmall!.stderr).toContain(
    'InvalidParameterValue) when calling the DescribeDBInstances operation: Invalid value 10 for MaxRecords. Must be between 20 and 100',
  );
  expect(tooBig!.stderr).toContain('(ValidationError) when calling the ListUsers operation');
  // PageScope asks RDS for 20 at least, as it asks EC2 for 5.
  before = requests();
  const small = await list([
    'rds-db-instances',
    '--page-size',
    '10',
    '--query',
    'DBInstances[]',
    '--output',
    'json',
  ]);
  const instances = (json(small) as unknown[]).length;
  expect(requests() - before).toBe(Math.ceil(instances / 20));
});

it('refuses a marker of another listing', async () => {
  const elsewhere = theirs('marker elsewhere');
  expect(elsewhere.code).not.toBe(0);
  expect(elsewhere.stderr).toContain('(ValidationError) when calling the ListRoles operation');
  const ours = await list(['iam-roles', '--starting-token', usersToken]);
  expect(ours.code).not.toBe(0);
  expect(ours.stderr).toContain('ValidationError');
});

it('says a stack that is not there is not found, as the AWS CLI says it does not exist', async () => {
  const ours = await list(['cloudformation-stack-resources', '--stack-name', 'gone']);
  expect(theirs('gone').stderr).toContain('Stack with id gone does not exist');
  expect(ours.code).not.toBe(0);
  expect(ours.stderr).toContain('(NOT_FOUND)');
  expect(ours.stderr).toContain('cloudformation:ListStackResources');
});
