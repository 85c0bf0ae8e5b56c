import { ApiFailure, type ResourceInfo } from '../../../shared/contract';
import { cloudFormationStackResources } from './cloudformation-stack-resources';
import { cloudFormationStacks } from './cloudformation-stacks';
import { dynamodbItems } from './dynamodb-items';
import { dynamodbTables } from './dynamodb-tables';
import { ec2Images } from './ec2-images';
import { ec2Instances } from './ec2-instances';
import { ec2Regions } from './ec2-regions';
import { ec2SecurityGroups } from './ec2-security-groups';
import { ec2Snapshots } from './ec2-snapshots';
import { ec2Subnets } from './ec2-subnets';
import { ec2Volumes } from './ec2-volumes';
import { ec2Vpcs } from './ec2-vpcs';
import { iamPolicies } from './iam-policies';
import { iamRoles } from './iam-roles';
import { iamUsers } from './iam-users';
import { rdsDbInstances } from './rds-db-instances';
import { logsEvents } from './logs-events';
import { logsGroups } from './logs-groups';
import { logsStreams } from './logs-streams';
import { lambdaFunctions } from './lambda-functions';
import { columnInfo, type ResourceDescriptor } from './resource';
import { route53HostedZones } from './route53-hosted-zones';
import { route53RecordSets } from './route53-record-sets';
import { s3Buckets } from './s3-buckets';
import { s3ObjectVersions } from './s3-object-versions';
import { s3Objects } from './s3-objects';

/** Every resource kind the engine lists; adding a resource is adding its file and a line here. */
const descriptors: readonly ResourceDescriptor[] = [
  s3Buckets,
  s3Objects,
  s3ObjectVersions,
  ec2Instances,
  ec2Vpcs,
  ec2Subnets,
  ec2SecurityGroups,
  ec2Volumes,
  ec2Snapshots,
  ec2Images,
  ec2Regions,
  iamUsers,
  iamRoles,
  iamPolicies,
  cloudFormationStacks,
  cloudFormationStackResources,
  rdsDbInstances,
  logsGroups,
  logsStreams,
  logsEvents,
  dynamodbTables,
  dynamodbItems,
  lambdaFunctions,
  route53HostedZones,
  route53RecordSets,
];

const byKind = new Map(descriptors.map((d) => [d.info.kind, d]));

export const resourceInfos = (): ResourceInfo[] =>
  descriptors.map((d) => ({ ...d.info, columns: columnInfo(d.columns) }));

export const resourceKinds = (): string[] => descriptors.map((d) => d.info.kind);

export const getResource = (kind: string): ResourceDescriptor => {
  const descriptor = byKind.get(kind);
  if (!descriptor) {
    throw ApiFailure.of(
      'NOT_FOUND',
      `Unknown resource ${kind}; one of ${resourceKinds().join(', ')}.`,
    );
  }
  return descriptor;
};
