import { DEMO_ACCOUNT_ID } from '../../../shared/demo-credentials';
import { between, hash32, hex, pick, unit } from '../data/hash';
import { DEMO_APPS } from '../data/demo-apps';

export interface DemoStack {
  stackId: string;
  stackName: string;
  description: string | null;
  parameters: { key: string; value: string }[];
  creationTime: Date;
  lastUpdatedTime: Date | null;
  stackStatus: string;
  stackStatusReason: string | null;
  capabilities: string[];
  outputs: { key: string; value: string; description: string }[];
  tags: { key: string; value: string }[];
  terminationProtection: boolean;
  /** How many resources it holds; they are made when listed (stackResources). */
  resourceCount: number;
  /** Where its resources' attributes come from. */
  resourceSeed: number;
}

export interface DemoStackResource {
  logicalResourceId: string;
  physicalResourceId: string;
  resourceType: string;
  lastUpdatedTimestamp: Date;
  resourceStatus: string;
  resourceStatusReason: string | null;
}

/** Stacks per region; the rest of the demo regions have none. */
const STACKS: Readonly<Record<string, number>> = {
  'us-east-1': 240,
  'eu-west-1': 130,
  'ap-southeast-2': 25,
  'us-west-2': 6,
};
/** The first sixteen of the account's applications run stacks. */
const APPS = DEMO_APPS.slice(0, 16);
const ENVS = ['prod', 'staging', 'dev', 'test'];
/** A component and the range of its resource count: platform stacks page (over 100). */
const COMPONENTS: ReadonlyArray<[string, number, number]> = [
  ['network', 18, 40],
  ['api', 10, 30],
  ['workers', 6, 24],
  ['db', 4, 12],
  ['cache', 3, 8],
  ['frontend', 5, 15],
  ['pipeline', 8, 20],
  ['monitoring', 12, 60],
  ['platform', 110, 340],
];
/** Stack statuses, weighted as an account shows them: mostly settled, a few failed. */
const STATUSES: ReadonlyArray<[string, number]> = [
  ['CREATE_COMPLETE', 0.45],
  ['UPDATE_COMPLETE', 0.8],
  ['UPDATE_ROLLBACK_COMPLETE', 0.86],
  ['ROLLBACK_COMPLETE', 0.9],
  ['CREATE_FAILED', 0.92],
  ['UPDATE_IN_PROGRESS', 0.94],
  ['DELETE_FAILED', 0.96],
  ['UPDATE_ROLLBACK_FAILED', 0.98],
  ['IMPORT_COMPLETE', 1],
];
const REASONS: Readonly<Record<string, string>> = {
  CREATE_FAILED: 'The following resource(s) failed to create: [Function1].',
  ROLLBACK_COMPLETE:
    'The following resource(s) failed to create: [Queue1]. Rollback requested by user.',
  UPDATE_ROLLBACK_COMPLETE: 'The following resource(s) failed to update: [Role1].',
  UPDATE_ROLLBACK_FAILED: 'The following resource(s) failed to update: [Bucket1].',
  DELETE_FAILED: 'The following resource(s) failed to delete: [Bucket1].',
  UPDATE_IN_PROGRESS: 'User Initiated',
};

const DAY = 86_400_000;
const EPOCH = Date.UTC(2020, 0, 1);

const uuid = (seed: number, index: number): string => {
  const h = hex(seed, 40, index, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

const stackAt = (
  seed: number,
  region: string,
  i: number,
  name: string,
  component: string,
): DemoStack => {
  const [, low, high] = COMPONENTS.find(([c]) => c === component)!;
  const roll = unit(seed, 41, i);
  const stackStatus = STATUSES.find(([, upTo]) => roll < upTo)![0];
  const creationTime = new Date(EPOCH + between(seed, 42, i, 0, 2_100 * 86_400) * 1000);
  const updated = stackStatus.startsWith('UPDATE') || unit(seed, 43, i) < 0.3;
  const env = name.split('-')[1]!;
  return {
    stackId: `arn:aws:cloudformation:${region}:${DEMO_ACCOUNT_ID}:stack/${name}/${uuid(seed, i)}`,
    stackName: name,
    description:
      unit(seed, 44, i) < 0.7 ? `The ${component} of ${name.split('-')[0]} (${env})` : null,
    parameters: [
      { key: 'Environment', value: env },
      ...(unit(seed, 45, i) < 0.5
        ? [{ key: 'InstanceCount', value: String(between(seed, 46, i, 1, 9)) }]
        : []),
    ],
    creationTime,
    lastUpdatedTime: updated
      ? new Date(creationTime.getTime() + between(seed, 47, i, 1, 400) * DAY)
      : null,
    stackStatus,
    stackStatusReason: REASONS[stackStatus] ?? null,
    capabilities: unit(seed, 48, i) < 0.6 ? ['CAPABILITY_IAM'] : [],
    outputs:
      component === 'api' || component === 'frontend'
        ? [{ key: 'Url', value: `https://${name}.example.com/`, description: 'Public URL' }]
        : [],
    tags: [
      { key: 'app', value: name.split('-')[0]! },
      { key: 'env', value: env },
    ],
    terminationProtection: env === 'prod',
    resourceCount: between(seed, 49, i, low, high),
    resourceSeed: hash32(seed, 50, i),
  };
};

/** A region's stacks, newest first as DescribeStacks lists them. */
const regionStacks = (seed: number, region: string): DemoStack[] => {
  const count = STACKS[region] ?? 0;
  const names = new Set<string>();
  const stacks: DemoStack[] = [];
  for (let i = 0; stacks.length < count; i++) {
    const component = pick(seed, 51, i, COMPONENTS)[0];
    const name = `${pick(seed, 52, i, APPS)}-${pick(seed, 53, i, ENVS)}-${component}`;
    if (names.has(name)) continue;
    names.add(name);
    stacks.push(stackAt(seed, region, i, name, component));
  }
  return stacks.sort((a, b) => b.creationTime.getTime() - a.creationTime.getTime());
};

const cache = new Map<string, DemoStack[]>();

/** The stacks of a region for a seed, made on first use. */
export const demoStacks = (seed: number, region: string): DemoStack[] => {
  const key = `${seed}/${region}`;
  let found = cache.get(key);
  if (!found) cache.set(key, (found = regionStacks(seed, region)));
  return found;
};

/** A resource type, its logical id's stem, and how its physical id reads. */
const TYPES: ReadonlyArray<
  [string, string, (stack: DemoStack, logical: string, id: string) => string]
> = [
  ['AWS::Lambda::Function', 'Function', (s, l, id) => `${s.stackName}-${l}-${id.toUpperCase()}`],
  ['AWS::IAM::Role', 'Role', (s, l, id) => `${s.stackName}-${l}-${id.toUpperCase()}`],
  ['AWS::S3::Bucket', 'Bucket', (s, l, id) => `${s.stackName}-${l.toLowerCase()}-${id}`],
  [
    'AWS::SQS::Queue',
    'Queue',
    (s, l, id) =>
      `https://sqs.${regionOf(s)}.amazonaws.com/${DEMO_ACCOUNT_ID}/${s.stackName}-${l}-${id}`,
  ],
  [
    'AWS::SNS::Topic',
    'Topic',
    (s, l, id) => `arn:aws:sns:${regionOf(s)}:${DEMO_ACCOUNT_ID}:${s.stackName}-${l}-${id}`,
  ],
  ['AWS::DynamoDB::Table', 'Table', (s, l, id) => `${s.stackName}-${l}-${id.toUpperCase()}`],
  ['AWS::EC2::SecurityGroup', 'SecurityGroup', (_s, _l, id) => `sg-${id.slice(0, 17)}`],
  ['AWS::EC2::Subnet', 'Subnet', (_s, _l, id) => `subnet-${id.slice(0, 17)}`],
  ['AWS::Logs::LogGroup', 'LogGroup', (s, l) => `/aws/${s.stackName}/${l}`],
  ['AWS::CloudWatch::Alarm', 'Alarm', (s, l, id) => `${s.stackName}-${l}-${id.toUpperCase()}`],
  ['AWS::ApiGateway::Method', 'Method', (_s, _l, id) => id.slice(0, 6)],
  ['AWS::Events::Rule', 'Rule', (s, l, id) => `${s.stackName}-${l}-${id.toUpperCase()}`],
];

const regionOf = (stack: DemoStack): string => stack.stackId.split(':')[3]!;

/** The resources of a stack by logical id, as ListStackResources lists them; made when asked. */
export const stackResources = (stack: DemoStack): DemoStackResource[] => {
  const seed = stack.resourceSeed;
  const counts = new Map<string, number>();
  const failed = stack.stackStatus.endsWith('FAILED');
  const out: DemoStackResource[] = [];
  for (let i = 0; i < stack.resourceCount; i++) {
    const [resourceType, stem, physical] = pick(seed, 60, i, TYPES);
    const n = (counts.get(stem) ?? 0) + 1;
    counts.set(stem, n);
    const logical = `${stem}${n}`;
    const updated = stack.lastUpdatedTime !== null && unit(seed, 61, i) < 0.4;
    const status =
      failed && i === 0
        ? stack.stackStatus.replace(/^UPDATE_ROLLBACK/, 'UPDATE')
        : updated
          ? 'UPDATE_COMPLETE'
          : 'CREATE_COMPLETE';
    const at = (updated ? stack.lastUpdatedTime! : stack.creationTime).getTime();
    out.push({
      logicalResourceId: logical,
      physicalResourceId: physical(stack, logical, hex(seed, 62, i, 17)),
      resourceType,
      lastUpdatedTimestamp: new Date(at + between(seed, 63, i, 0, 1_800) * 1000),
      resourceStatus: status,
      resourceStatusReason: status.endsWith('FAILED')
        ? 'Resource handler returned message: "Access Denied"'
        : null,
    });
  }
  return out.sort((a, b) => (a.logicalResourceId < b.logicalResourceId ? -1 : 1));
};
