import type { ServiceHandler } from '../handle-request';
import { AwsError } from '../http/aws-error';
import { el, wrap } from '../http/xml';
import { pageSizeParam, queryPage } from '../query/query-page';
import { queryRegionGate } from '../query/query-region';
import { memberList, queryAction, queryDate, queryResponse } from '../query/query-response';
import { demoDbInstances, type DemoDbInstance } from './db-instance-data';

const VERSION = '2014-10-31';

const invalid = (message: string) => new AwsError(400, 'InvalidParameterValue', message);

// https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBInstances.html :
// MaxRecords 20..100, 100 when absent.
const MAX_RECORDS = { min: 20, max: 100, fallback: 100 };

/** What each filter of DescribeDBInstances tests (`Filters.Filter.N.Name`). */
const FILTERS: Readonly<Record<string, (db: DemoDbInstance) => readonly string[]>> = {
  'db-instance-id': (db) => [db.identifier, db.arn],
  'db-cluster-id': (db) =>
    db.clusterIdentifier === null
      ? []
      : [db.clusterIdentifier, db.arn.replace(/:db:.*$/, `:cluster:${db.clusterIdentifier}`)],
  'dbi-resource-id': (db) => [db.dbiResourceId],
  engine: (db) => [db.engine],
  domain: () => [],
};

/** `Filters.Filter.1.Name=engine&Filters.Filter.1.Values.Value.1=mysql`, by filter index. */
const filtersOf = (form: URLSearchParams): { name: string; values: string[] }[] => {
  const byIndex = new Map<number, { name: string; values: string[] }>();
  for (const [key, value] of form.entries()) {
    const match = /^Filters\.Filter\.(\d+)\.(Name|Values\.Value\.\d+)$/.exec(key);
    if (!match) continue;
    const filter = byIndex.get(Number(match[1])) ?? { name: '', values: [] };
    if (match[2] === 'Name') filter.name = value;
    else filter.values.push(value);
    byIndex.set(Number(match[1]), filter);
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, filter]) => filter);
};

const dbXml = (db: DemoDbInstance, region: string): string =>
  el('DBInstanceIdentifier', db.identifier) +
  el('DBInstanceClass', db.instanceClass) +
  el('Engine', db.engine) +
  el('DBInstanceStatus', db.status) +
  el('MasterUsername', db.masterUsername) +
  el('DBName', db.dbName ?? undefined) +
  (db.createTime === null
    ? ''
    : wrap(
        'Endpoint',
        el(
          'Address',
          `${db.identifier}.c${db.dbiResourceId.slice(3, 15).toLowerCase()}.${region}.rds.amazonaws.com`,
        ) +
          el('Port', db.port) +
          el('HostedZoneId', 'Z2R2ITUGPM61AM'),
      )) +
  el('AllocatedStorage', db.allocatedStorage) +
  el('InstanceCreateTime', db.createTime ? queryDate(db.createTime) : undefined) +
  el('PreferredBackupWindow', '03:00-03:30') +
  el('BackupRetentionPeriod', db.backupRetentionPeriod) +
  '<DBSecurityGroups/>' +
  memberList(
    'VpcSecurityGroups',
    [db.securityGroupId],
    (id) => el('VpcSecurityGroupId', id) + el('Status', 'active'),
    'VpcSecurityGroupMembership',
  ) +
  memberList(
    'DBParameterGroups',
    [`default.${db.engine}`],
    (name) => el('DBParameterGroupName', name) + el('ParameterApplyStatus', 'in-sync'),
    'DBParameterGroup',
  ) +
  el('AvailabilityZone', db.availabilityZone) +
  wrap(
    'DBSubnetGroup',
    el('DBSubnetGroupName', 'default') +
      el('DBSubnetGroupDescription', 'default') +
      el('VpcId', db.vpcId) +
      el('SubnetGroupStatus', 'Complete'),
  ) +
  el('PreferredMaintenanceWindow', 'sun:05:00-sun:05:30') +
  '<PendingModifiedValues/>' +
  el('MultiAZ', db.multiAz) +
  el('EngineVersion', db.engineVersion) +
  el('AutoMinorVersionUpgrade', true) +
  el('LicenseModel', db.licenseModel) +
  el('PubliclyAccessible', db.publiclyAccessible) +
  el('StorageType', db.storageType) +
  el('DbInstancePort', 0) +
  el('DBClusterIdentifier', db.clusterIdentifier ?? undefined) +
  el('StorageEncrypted', db.encrypted) +
  el('DbiResourceId', db.dbiResourceId) +
  el('CACertificateIdentifier', 'rds-ca-rsa2048-g1') +
  el('CopyTagsToSnapshot', true) +
  el('DBInstanceArn', db.arn) +
  el('IAMDatabaseAuthenticationEnabled', false) +
  el('DeletionProtection', db.deletionProtection) +
  memberList('TagList', db.tags, (t) => el('Key', t.key) + el('Value', t.value), 'Tag');

interface Call {
  form: URLSearchParams;
  region: string;
  seed: number;
}

/** https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBInstances.html */
const describeDbInstances = ({ form, region, seed }: Call): string => {
  const size = pageSizeParam(form.get('MaxRecords'), MAX_RECORDS, (raw) =>
    invalid(`Invalid value ${raw} for MaxRecords. Must be between 20 and 100`),
  );
  const filters = filtersOf(form);
  for (const filter of filters) {
    if (!Object.hasOwn(FILTERS, filter.name)) {
      throw invalid(`Unrecognized filter name: ${filter.name}`);
    }
  }
  const identifier = form.get('DBInstanceIdentifier');
  let items = demoDbInstances(seed, region).filter((db) =>
    filters.every((f) => FILTERS[f.name]!(db).some((value) => f.values.includes(value))),
  );
  if (identifier !== null) {
    items = items.filter((db) => db.identifier === identifier || db.arn === identifier);
    if (items.length === 0) {
      throw new AwsError(404, 'DBInstanceNotFound', `DBInstance ${identifier} not found.`);
    }
  }
  const { page, next } = queryPage({
    items,
    listing: `rds:DescribeDBInstances\n${region}\n${identifier ?? ''}\n${JSON.stringify(filters)}`,
    marker: form.get('Marker'),
    size,
    badMarker: (marker) => invalid(`Invalid marker: ${marker}`),
  });
  return (
    memberList('DBInstances', page, (db) => dbXml(db, region), 'DBInstance') +
    el('Marker', next ?? undefined)
  );
};

const actions = { DescribeDBInstances: describeDbInstances };

export const handleRds: ServiceHandler = ({ route, state }) => {
  if (!('form' in route))
    throw new AwsError(400, 'InvalidAction', 'RDS speaks the Query protocol.');
  const { action, run } = queryAction(actions, route.form, VERSION);
  queryRegionGate(route.region);
  return queryResponse(
    'rds',
    action,
    run({ form: route.form, region: route.region, seed: state.seed }),
  );
};
