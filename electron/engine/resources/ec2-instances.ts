import type { DescribeInstancesCommandInput, EC2Client } from '@aws-sdk/client-ec2';
import { loadSdk } from '../aws/service-sdks';
import { nameTag, tagObject } from './ec2-tags';
import { asArray, field, iso, type Item, type ResourceDescriptor } from './resource';

/**
 * DescribeInstances flattened from Reservations[].Instances[]. As in botocore (and the AWS CLI's
 * --max-items), MaxItems and resume tokens count reservations, the operation's result key.
 */
export const ec2Instances: ResourceDescriptor<EC2Client, DescribeInstancesCommandInput> = {
  info: {
    kind: 'ec2-instances',
    title: 'EC2 instances',
    service: 'ec2',
    serviceTitle: 'Amazon EC2',
    sidebarLabel: 'EC2 instances',
    regional: true,
    global: false,
    params: [],
    keyColumn: 'InstanceId',
    operation: 'DescribeInstances',
    iamAction: 'ec2:DescribeInstances',
    cli: ['ec2', 'describe-instances'],
    itemsPath: 'Reservations[].Instances[]',
    child: null,
    parent: null,
    folders: false,
    alternate: null,
    listsRegions: false,
    filterExamples: [
      "State.Name == 'running'",
      "[?InstanceType == 't3.micro']",
      "[?Tags[?Key=='Environment' && Value=='prod']]",
      '[].{ID: InstanceId, Type: InstanceType}',
    ],
  },
  service: 'ec2',
  operation: 'ec2:DescribeInstances',
  inputTokens: ['NextToken'],
  outputTokens: ['NextToken'],
  limitKey: 'MaxResults',
  resultKeys: ['Reservations'],
  moreResultsKey: null,
  defaultPageSize: 1000,
  // EC2 rejects MaxResults below 5.
  minPageSize: 5,
  columns: [
    field({ id: 'InstanceId', label: 'Instance ID', type: 'text', path: ['InstanceId'] }),
    { id: 'Name', label: 'Name', type: 'text', get: nameTag },
    field({ id: 'State', label: 'State', type: 'state', path: ['State', 'Name'] }),
    field({ id: 'Type', label: 'Type', type: 'text', path: ['InstanceType'] }),
    field({ id: 'AZ', label: 'AZ', type: 'text', path: ['Placement', 'AvailabilityZone'] }),
    field({ id: 'PrivateIp', label: 'Private IP', type: 'text', path: ['PrivateIpAddress'] }),
    field({ id: 'PublicIp', label: 'Public IP', type: 'text', path: ['PublicIpAddress'] }),
    field({ id: 'LaunchTime', label: 'Launched', type: 'date', path: ['LaunchTime'] }),
    { id: 'Tags', label: 'Tags', type: 'tags', get: tagObject },
  ],
  summaryBy: ['State', 'Type', 'AZ'],
  serverFilters: {
    fields: {
      'State.Name': 'instance-state-name',
      InstanceType: 'instance-type',
      'Placement.AvailabilityZone': 'availability-zone',
      InstanceId: 'instance-id',
      ImageId: 'image-id',
      VpcId: 'vpc-id',
      SubnetId: 'subnet-id',
    },
    tags: true,
  },
  baseInput: () => ({}),
  target: () => null,
  lookupInput: (key) => ({ InstanceIds: [key] }),
  send: async (client, input, signal) => {
    const { DescribeInstancesCommand } = await loadSdk('ec2');
    return client.send(new DescribeInstancesCommand(input), {
      abortSignal: signal,
    });
  },
  items(page) {
    const instances: Item[] = [];
    for (const reservation of asArray(page.Reservations)) {
      for (const instance of asArray(reservation.Instances)) {
        instance.LaunchTime = iso(instance.LaunchTime);
        instances.push(instance);
      }
    }
    return instances;
  },
};
