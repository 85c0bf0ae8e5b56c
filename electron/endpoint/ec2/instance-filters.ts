import type { DemoInstance } from '../data/ec2-instances';
import { ec2InvalidParameterValue } from '../http/aws-error';
import { wildcard, type QueryFilter } from './query-lists';

type Field = (instance: DemoInstance, filterName: string) => ReadonlyArray<string | undefined>;

/** https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html (Filter.N) */
const FIELDS: Record<string, Field> = {
  'instance-state-name': (i) => [i.state.name],
  'instance-state-code': (i) => [String(i.state.code)],
  'instance-type': (i) => [i.instanceType],
  'availability-zone': (i) => [i.availabilityZone],
  'instance-id': (i) => [i.instanceId],
  'image-id': (i) => [i.imageId],
  'vpc-id': (i) => [i.vpcId],
  'subnet-id': (i) => [i.subnetId],
  'private-ip-address': (i) => [i.privateIpAddress],
  'ip-address': (i) => [i.publicIpAddress],
  architecture: (i) => [i.architecture],
  'key-name': (i) => [i.keyName],
  'tag-key': (i) => i.tags.map((tag) => tag.key),
  'tag-value': (i) => i.tags.map((tag) => tag.value),
  'tag:': (i, name) => i.tags.filter((tag) => tag.key === name.slice(4)).map((tag) => tag.value),
};

const fieldOf = (name: string): Field | undefined =>
  FIELDS[name.startsWith('tag:') ? 'tag:' : name];

export type InstancePredicate = (instance: DemoInstance) => boolean;

/** All filters must match; within one filter any value may (EC2's AND of ORs). */
export const compileFilters = (filters: readonly QueryFilter[]): InstancePredicate => {
  const compiled = filters.map((filter) => {
    const field = fieldOf(filter.name);
    if (!field || filter.name === 'tag:')
      throw ec2InvalidParameterValue(`The filter '${filter.name}' is invalid`);
    const patterns = filter.values.map(wildcard);
    return (instance: DemoInstance) =>
      field(instance, filter.name).some(
        (value) => value !== undefined && patterns.some((p) => p.test(value)),
      );
  });
  return (instance) => compiled.every((test) => test(instance));
};
