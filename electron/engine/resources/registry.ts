import { ApiFailure, type ResourceInfo } from '../../../shared/contract';
import { ec2Instances } from './ec2-instances';
import { ec2Regions } from './ec2-regions';
import { columnInfo, type ResourceDescriptor } from './resource';
import { s3Buckets } from './s3-buckets';
import { s3ObjectVersions } from './s3-object-versions';
import { s3Objects } from './s3-objects';

/** Every resource kind the engine lists; adding a resource is adding its file and a line here. */
const descriptors: readonly ResourceDescriptor[] = [
  s3Buckets,
  s3Objects,
  s3ObjectVersions,
  ec2Instances,
  ec2Regions,
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
