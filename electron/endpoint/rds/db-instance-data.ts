import { DEMO_ACCOUNT_ID } from '../../../shared/demo-credentials';
import { base32Id } from '../data/base32-id';
import { DEMO_APPS } from '../data/demo-apps';
import { between, hex, pick, unit } from '../data/hash';

export interface DemoDbInstance {
  identifier: string;
  instanceClass: string;
  engine: string;
  engineVersion: string;
  status: string;
  masterUsername: string;
  dbName: string | null;
  port: number;
  allocatedStorage: number;
  /** None while the instance is being created. */
  createTime: Date | null;
  availabilityZone: string;
  multiAz: boolean;
  storageType: string;
  encrypted: boolean;
  publiclyAccessible: boolean;
  deletionProtection: boolean;
  backupRetentionPeriod: number;
  dbiResourceId: string;
  arn: string;
  clusterIdentifier: string | null;
  licenseModel: string;
  vpcId: string;
  securityGroupId: string;
  tags: { key: string; value: string }[];
}

/** DB instances per region; the rest of the demo regions have none. */
const INSTANCES: Readonly<Record<string, number>> = {
  'us-east-1': 320,
  'eu-west-1': 180,
  'ap-southeast-2': 40,
};

/** Engine, short name, versions, port, license model, database name's presence. */
const ENGINES: ReadonlyArray<[string, string, readonly string[], number, string]> = [
  ['mysql', 'mysql', ['8.0.35', '8.0.36', '5.7.44'], 3306, 'general-public-license'],
  ['postgres', 'pg', ['15.5', '16.1', '14.10'], 5432, 'postgresql-license'],
  ['postgres', 'pg', ['16.2'], 5432, 'postgresql-license'],
  ['mariadb', 'maria', ['10.11.6', '10.6.16'], 3306, 'general-public-license'],
  ['aurora-postgresql', 'aurora-pg', ['15.4', '16.1'], 5432, 'postgresql-license'],
  ['aurora-mysql', 'aurora-mysql', ['8.0.mysql_aurora.3.05.2'], 3306, 'general-public-license'],
  ['oracle-ee', 'ora', ['19.0.0.0.ru-2024-01.rur-2024-01.r1'], 1521, 'bring-your-own-license'],
  ['sqlserver-se', 'mssql', ['15.00.4345.5.v1'], 1433, 'license-included'],
];
const CLASSES = [
  'db.t3.micro',
  'db.t3.medium',
  'db.t4g.large',
  'db.m6g.large',
  'db.m6g.xlarge',
  'db.r6g.large',
  'db.r6g.2xlarge',
  'db.r5.4xlarge',
];
const STATUSES: ReadonlyArray<[string, number]> = [
  ['available', 0.8],
  ['stopped', 0.88],
  ['backing-up', 0.92],
  ['modifying', 0.95],
  ['rebooting', 0.97],
  ['creating', 0.99],
  ['storage-full', 1],
];
// The demo account's applications that have databases, in the order their names are drawn.
const APPS = [
  ...DEMO_APPS.slice(0, 12).filter((app) => app !== 'notifications'),
  'ledger',
  'fraud',
  'audit',
];
const ENVS = ['prod', 'staging', 'dev', 'qa'];
const EPOCH = Date.UTC(2020, 3, 1);

const instanceAt = (seed: number, region: string, i: number, identifier: string, e: number) => {
  const [engine, , versions, port, licenseModel] = ENGINES[e]!;
  const roll = unit(seed, 71, i);
  const status = STATUSES.find(([, upTo]) => roll < upTo)![0];
  const aurora = engine.startsWith('aurora');
  const env = identifier.split('-')[1]!;
  const app = identifier.split('-')[0]!;
  return {
    identifier,
    instanceClass: pick(seed, 72, i, CLASSES),
    engine,
    engineVersion: pick(seed, 73, i, versions),
    status,
    masterUsername: engine.startsWith('sqlserver')
      ? 'admin'
      : pick(seed, 74, i, ['admin', 'root', 'dbadmin']),
    dbName: engine.startsWith('sqlserver') || unit(seed, 75, i) < 0.3 ? null : app,
    port,
    allocatedStorage: aurora ? 1 : pick(seed, 76, i, [20, 50, 100, 200, 500, 1000]),
    createTime:
      status === 'creating'
        ? null
        : new Date(EPOCH + between(seed, 77, i, 0, 1_800 * 86_400) * 1000),
    availabilityZone: `${region}${pick(seed, 78, i, ['a', 'b', 'c'])}`,
    multiAz: !aurora && env === 'prod' && unit(seed, 79, i) < 0.7,
    storageType: aurora ? 'aurora' : pick(seed, 80, i, ['gp3', 'gp3', 'gp2', 'io1']),
    encrypted: unit(seed, 81, i) < 0.75,
    publiclyAccessible: unit(seed, 82, i) < 0.08,
    deletionProtection: env === 'prod',
    backupRetentionPeriod: env === 'prod' ? 14 : pick(seed, 83, i, [1, 7]),
    dbiResourceId: `db-${base32Id(seed, 84, i, 26)}`,
    arn: `arn:aws:rds:${region}:${DEMO_ACCOUNT_ID}:db:${identifier}`,
    clusterIdentifier: aurora ? identifier.replace(/-\d+$/, '-cluster') : null,
    licenseModel,
    vpcId: `vpc-${hex(seed, 85, APPS.indexOf(app), 17)}`,
    securityGroupId: `sg-${hex(seed, 86, i, 17)}`,
    tags: [
      { key: 'app', value: app },
      { key: 'env', value: env },
    ],
  } satisfies DemoDbInstance;
};

/** A region's DB instances, by identifier as DescribeDBInstances lists them. */
const regionInstances = (seed: number, region: string): DemoDbInstance[] => {
  const count = INSTANCES[region] ?? 0;
  const taken = new Set<string>();
  const out: DemoDbInstance[] = [];
  for (let i = 0; out.length < count; i++) {
    const e = between(seed, 70, i, 0, ENGINES.length - 1);
    const base = `${pick(seed, 87, i, APPS)}-${pick(seed, 88, i, ENVS)}-${ENGINES[e]![1]}`;
    let n = 1;
    while (taken.has(`${base}-${n}`)) n++;
    taken.add(`${base}-${n}`);
    out.push(instanceAt(seed, region, i, `${base}-${n}`, e));
  }
  return out.sort((a, b) => (a.identifier < b.identifier ? -1 : 1));
};

const cache = new Map<string, DemoDbInstance[]>();

/** The DB instances of a region for a seed, made on first use. */
export const demoDbInstances = (seed: number, region: string): DemoDbInstance[] => {
  const key = `${seed}/${region}`;
  let found = cache.get(key);
  if (!found) cache.set(key, (found = regionInstances(seed, region)));
  return found;
};
