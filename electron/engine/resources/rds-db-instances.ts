import type { DescribeDBInstancesCommandInput, RDSClient } from '@aws-sdk/client-rds';
import { loadSdk } from '../aws/service-sdks';
import {
  type ResourceDescriptor,
  asArray,
  bool,
  field,
  iso,
  num,
  text,
  type Item,
} from './resource';

/** The tags (RDS's TagList) as one JSON object. */
const tagObject = (item: Item): string | null => {
  const tags = asArray(item.TagList);
  return tags.length === 0
    ? null
    : JSON.stringify(Object.fromEntries(tags.map((t) => [text(t.Key) ?? '', text(t.Value) ?? ''])));
};

/**
 * DescribeDBInstances: a region's DB instances (botocore: Marker, limit_key MaxRecords, which RDS
 * bounds to 20..100 and refuses outside).
 */
export const rdsDbInstances: ResourceDescriptor<RDSClient, DescribeDBInstancesCommandInput> = {
  info: {
    kind: 'rds-db-instances',
    title: 'RDS DB instances',
    service: 'rds',
    serviceTitle: 'Amazon RDS',
    sidebarLabel: 'RDS DB instances',
    regional: true,
    global: false,
    params: [],
    keyColumn: 'DBInstanceIdentifier',
    filterExamples: [
      "Engine == 'postgres'",
      "DBInstanceStatus != 'available'",
      'MultiAZ == `true`',
    ],
    operation: 'DescribeDBInstances',
    iamAction: 'rds:DescribeDBInstances',
    cli: ['rds', 'describe-db-instances'],
    itemsPath: 'DBInstances',
    child: null,
    parent: null,
    folders: false,
    alternate: null,
    listsRegions: false,
  },
  service: 'rds',
  operation: 'rds:DescribeDBInstances',
  inputTokens: ['Marker'],
  outputTokens: ['Marker'],
  limitKey: 'MaxRecords',
  resultKeys: ['DBInstances'],
  moreResultsKey: null,
  defaultPageSize: 100,
  minPageSize: 20,
  columns: [
    field({
      id: 'DBInstanceIdentifier',
      label: 'DB identifier',
      type: 'text',
      path: ['DBInstanceIdentifier'],
    }),
    field({ id: 'Engine', label: 'Engine', type: 'text', path: ['Engine'] }),
    field({ id: 'EngineVersion', label: 'Version', type: 'text', path: ['EngineVersion'] }),
    field({ id: 'DBInstanceClass', label: 'Class', type: 'text', path: ['DBInstanceClass'] }),
    field({ id: 'Status', label: 'Status', type: 'state', path: ['DBInstanceStatus'] }),
    field({ id: 'AZ', label: 'AZ', type: 'text', path: ['AvailabilityZone'] }),
    field({ id: 'MultiAZ', label: 'Multi-AZ', type: 'bool', path: ['MultiAZ'] }, bool),
    field(
      {
        id: 'AllocatedStorage',
        label: 'Storage (GiB)',
        type: 'number',
        path: ['AllocatedStorage'],
      },
      num,
    ),
    field({ id: 'Endpoint', label: 'Endpoint', type: 'text', path: ['Endpoint', 'Address'] }),
    field({
      id: 'InstanceCreateTime',
      label: 'Created',
      type: 'date',
      path: ['InstanceCreateTime'],
    }),
    { id: 'Tags', label: 'Tags', type: 'tags', get: tagObject },
  ],
  summaryBy: ['Engine', 'Status', 'DBInstanceClass'],
  // RDS's Filters (engine, db-instance-id, ...) take exact values, as == compares.
  serverFilters: {
    fields: {
      Engine: 'engine',
      DBInstanceIdentifier: 'db-instance-id',
      DbiResourceId: 'dbi-resource-id',
      DBClusterIdentifier: 'db-cluster-id',
    },
    tags: false,
  },
  baseInput: () => ({}),
  target: () => null,
  lookupInput: (key) => ({ DBInstanceIdentifier: key }),
  send: async (client, input, signal) => {
    const { DescribeDBInstancesCommand } = await loadSdk('rds');
    return client.send(new DescribeDBInstancesCommand(input), { abortSignal: signal });
  },
  items(page) {
    const items = asArray(page.DBInstances);
    for (const item of items) {
      for (const key of ['InstanceCreateTime', 'LatestRestorableTime', 'AutomaticRestartTime']) {
        if (item[key] !== undefined) item[key] = iso(item[key]);
      }
    }
    return items;
  },
};
