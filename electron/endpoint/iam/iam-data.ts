import { DEMO_ACCOUNT_ID } from '../../../shared/demo-credentials';
import { base32Id } from '../data/base32-id';
import { between, hash32, pick, unit } from '../data/hash';
import { DEMO_APPS } from '../data/demo-apps';

export interface DemoUser {
  path: string;
  userName: string;
  userId: string;
  arn: string;
  createDate: Date;
  passwordLastUsed: Date | null;
}

export interface DemoRole {
  path: string;
  roleName: string;
  roleId: string;
  arn: string;
  createDate: Date;
  /** URL-encoded JSON, as IAM returns trust policies. */
  assumeRolePolicyDocument: string;
  description: string | null;
  maxSessionDuration: number;
}

export interface DemoPolicy {
  policyName: string;
  policyId: string;
  arn: string;
  path: string;
  defaultVersionId: string;
  attachmentCount: number;
  permissionsBoundaryUsageCount: number;
  isAttachable: boolean;
  createDate: Date;
  updateDate: Date;
  /** Customer managed (Local) or AWS managed. */
  local: boolean;
}

/** The demo account's IAM: global, so one set for every region. Each list sorted by name. */
export interface DemoIam {
  users: DemoUser[];
  roles: DemoRole[];
  policies: DemoPolicy[];
}

const FIRST = ['ana', 'ben', 'chen', 'dara', 'eli', 'fatima', 'gus', 'hana', 'ivan', 'jo', 'kai'];
const LAST = ['smith', 'garcia', 'ito', 'kumar', 'nowak', 'okafor', 'silva', 'berg', 'moreau'];
const HUMAN_PATHS = ['/', '/', '/', '/engineering/', '/engineering/', '/ops/', '/contractors/'];
const APPS = DEMO_APPS;
const ENVS = ['prod', 'staging', 'dev', 'test', 'qa'];
/** A role's purpose, the service that assumes it, and whether the console made it. */
const PURPOSES: ReadonlyArray<[string, string, boolean]> = [
  ['lambda-exec', 'lambda.amazonaws.com', true],
  ['ecs-task', 'ecs-tasks.amazonaws.com', false],
  ['ec2-instance', 'ec2.amazonaws.com', false],
  ['deploy', 'codedeploy.amazonaws.com', false],
  ['codebuild', 'codebuild.amazonaws.com', true],
  ['glue-job', 'glue.amazonaws.com', true],
  ['states', 'states.amazonaws.com', false],
  ['batch-job', 'batch.amazonaws.com', false],
  ['api-gw', 'apigateway.amazonaws.com', false],
  ['events', 'events.amazonaws.com', false],
];
const SITES = ['use1', 'euw1', 'apse2'];
const LINKED = [
  'autoscaling',
  'ecs',
  'elasticloadbalancing',
  'rds',
  'organizations',
  'support',
  'trustedadvisor',
  'config',
  'guardduty',
  'sso',
  'elasticache',
  'dynamodb',
];
const MANAGED_SERVICES = [
  'S3',
  'EC2',
  'RDS',
  'DynamoDB',
  'SQS',
  'SNS',
  'Kinesis',
  'Route53',
  'VPC',
  'ECS',
  'EKS',
  'Lambda',
  'CloudWatch',
  'Athena',
  'Glue',
  'Redshift',
  'ElastiCache',
  'SES',
  'SSM',
  'API Gateway',
  'CloudFront',
  'ECR',
  'EventBridge',
  'StepFunctions',
  'Cognito',
  'KMS',
  'Backup',
  'Textract',
  'Rekognition',
  'SageMaker',
  'Macie',
  'Inspector',
  'GuardDuty',
  'Config',
  'CodeBuild',
];
const LEVELS = ['FullAccess', 'ReadOnlyAccess', 'PowerUser', 'ExecutionRole'];
const POLICY_KINDS = ['read', 'write', 'admin', 'deploy', 'boundary', 'kms', 'logs', 's3-access'];

const DAY = 86_400_000;
const EPOCH = Date.UTC(2019, 0, 1);
const SPAN_DAYS = 2_350;

const dateAt = (seed: number, stream: number, index: number, fromDays = 0): Date =>
  new Date(
    EPOCH +
      (fromDays + between(seed, stream, index, 0, SPAN_DAYS - fromDays)) * DAY +
      between(seed, stream + 1, index, 0, 86_399) * 1000,
  );

const byName = <T>(items: T[], name: (item: T) => string): T[] =>
  items.sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));

const iamArn = (kind: string, path: string, name: string) =>
  `arn:aws:iam::${DEMO_ACCOUNT_ID}:${kind}${path}${name}`;

const users = (seed: number): DemoUser[] => {
  const names = new Set<string>();
  const out: DemoUser[] = [];
  for (let i = 0; out.length < 380; i++) {
    const service = unit(seed, 1, i) < 0.15;
    const base = service
      ? `svc-${pick(seed, 2, i, APPS)}-${pick(seed, 3, i, ENVS)}`
      : `${pick(seed, 2, i, FIRST)}.${pick(seed, 3, i, LAST)}`;
    let userName = base;
    for (let n = 2; names.has(userName); n++) userName = `${base}${n}`;
    names.add(userName);
    const path = service ? '/service-accounts/' : pick(seed, 4, i, HUMAN_PATHS);
    const createDate = dateAt(seed, 5, i);
    const days = Math.floor((createDate.getTime() - EPOCH) / DAY);
    out.push({
      path,
      userName,
      userId: `AIDA${base32Id(seed, 7, i, 17)}`,
      arn: iamArn('user', path, userName),
      createDate,
      passwordLastUsed: service || unit(seed, 8, i) < 0.3 ? null : dateAt(seed, 9, i, days),
    });
  }
  return byName(out, (u) => u.userName);
};

const trustPolicy = (principal: Record<string, string>): string =>
  encodeURIComponent(
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }],
    }),
  );

const roles = (seed: number): DemoRole[] => {
  const combos = APPS.flatMap((app) =>
    ENVS.flatMap((env) =>
      PURPOSES.flatMap((purpose) => SITES.map((site) => [app, env, purpose, site] as const)),
    ),
  );
  const chosen = combos
    .map((combo, i) => ({ combo, order: hash32(seed, 20, i) }))
    .sort((a, b) => a.order - b.order)
    .slice(0, 2_952);
  const out: DemoRole[] = chosen.map(
    ({ combo: [app, env, [purpose, service, console], site] }, i) => {
      const roleName = `${app}-${env}-${purpose}-${site}`;
      const path = console ? '/service-role/' : unit(seed, 21, i) < 0.2 ? '/app/' : '/';
      return {
        path,
        roleName,
        roleId: `AROA${base32Id(seed, 22, i, 17)}`,
        arn: iamArn('role', path, roleName),
        createDate: dateAt(seed, 23, i),
        assumeRolePolicyDocument: trustPolicy({ Service: service }),
        description: unit(seed, 25, i) < 0.6 ? `${purpose} role of ${app} (${env}, ${site})` : null,
        maxSessionDuration: pick(seed, 26, i, [3600, 3600, 3600, 7200, 43200]),
      };
    },
  );
  LINKED.forEach((service, n) => {
    for (let k = 0; k < 4 && out.length < 3_000; k++) {
      const i = 5_000 + n * 4 + k;
      const path = `/aws-service-role/${service}.amazonaws.com/`;
      const name = service.charAt(0).toUpperCase() + service.slice(1);
      const roleName = k === 0 ? `AWSServiceRoleFor${name}` : `AWSServiceRoleFor${name}_${k}`;
      out.push({
        path,
        roleName,
        roleId: `AROA${base32Id(seed, 22, i, 17)}`,
        arn: iamArn('role', path, roleName),
        createDate: dateAt(seed, 23, i),
        assumeRolePolicyDocument: trustPolicy({ Service: `${service}.amazonaws.com` }),
        description: `Allows ${service} to call AWS services on your behalf.`,
        maxSessionDuration: 3600,
      });
    }
  });
  return byName(out, (r) => r.roleName);
};

const policy = (
  seed: number,
  i: number,
  fields: Pick<DemoPolicy, 'policyName' | 'arn' | 'path' | 'local'>,
): DemoPolicy => {
  const createDate = dateAt(seed, 31, i);
  const days = Math.floor((createDate.getTime() - EPOCH) / DAY);
  const versions = between(seed, 32, i, 1, 5);
  return {
    ...fields,
    policyId: `ANPA${base32Id(seed, 33, i, 17)}`,
    defaultVersionId: `v${versions}`,
    attachmentCount: unit(seed, 34, i) < 0.25 ? 0 : between(seed, 35, i, 1, 12),
    permissionsBoundaryUsageCount: fields.policyName.includes('boundary')
      ? between(seed, 36, i, 1, 30)
      : 0,
    isAttachable: true,
    createDate,
    updateDate: versions === 1 ? createDate : dateAt(seed, 37, i, days),
  };
};

const policies = (seed: number): DemoPolicy[] => {
  const out: DemoPolicy[] = [];
  APPS.forEach((app, a) =>
    POLICY_KINDS.forEach((kind, k) => {
      const i = a * POLICY_KINDS.length + k;
      if (unit(seed, 30, i) < 0.15) return;
      const path = kind === 'boundary' ? '/boundaries/' : a % 3 === 0 ? '/app/' : '/';
      const policyName = `${app}-${kind}-policy`;
      out.push(
        policy(seed, i, { policyName, path, arn: iamArn('policy', path, policyName), local: true }),
      );
    }),
  );
  MANAGED_SERVICES.forEach((service, s) =>
    LEVELS.forEach((level, l) => {
      const i = 1_000 + s * LEVELS.length + l;
      const path = level === 'ExecutionRole' ? '/service-role/' : '/';
      const policyName = `Amazon${service.replace(' ', '')}${level}`;
      const arn = `arn:aws:iam::aws:policy${path}${policyName}`;
      out.push(policy(seed, i, { policyName, path, arn, local: false }));
    }),
  );
  return byName(out, (p) => p.policyName);
};

const cache = new Map<number, DemoIam>();

/** The account's users, roles and policies for a seed, made on first use. */
export const demoIam = (seed: number): DemoIam => {
  let found = cache.get(seed);
  if (!found)
    cache.set(seed, (found = { users: users(seed), roles: roles(seed), policies: policies(seed) }));
  return found;
};
