import type { DescribeSubnetsCommandInput, EC2Client } from '@aws-sdk/client-ec2';
import { loadSdk } from '../aws/service-sdks';
import { ec2ListInfo, ec2ListPaging } from './ec2-list';
import { nameTag, tagObject } from './ec2-tags';
import { type ResourceDescriptor, asArray, bool, field, num } from './resource';

/** DescribeSubnets: the subnets of every VPC of a region (MaxResults 5..1000). */
export const ec2Subnets: ResourceDescriptor<EC2Client, DescribeSubnetsCommandInput> = {
  info: {
    ...ec2ListInfo,
    kind: 'ec2-subnets',
    title: 'EC2 subnets',
    sidebarLabel: 'EC2 subnets',
    keyColumn: 'SubnetId',
    filterExamples: ['AvailableIpAddressCount < `500`', 'MapPublicIpOnLaunch == `true`'],
    operation: 'DescribeSubnets',
    iamAction: 'ec2:DescribeSubnets',
    cli: ['ec2', 'describe-subnets'],
    itemsPath: 'Subnets',
  },
  ...ec2ListPaging('Subnets', 1000),
  operation: 'ec2:DescribeSubnets',
  columns: [
    field({ id: 'SubnetId', label: 'Subnet ID', type: 'text', path: ['SubnetId'] }),
    { id: 'Name', label: 'Name', type: 'text', get: nameTag },
    field({ id: 'VpcId', label: 'VPC ID', type: 'text', path: ['VpcId'] }),
    field({ id: 'CidrBlock', label: 'CIDR', type: 'text', path: ['CidrBlock'] }),
    field({ id: 'AZ', label: 'AZ', type: 'text', path: ['AvailabilityZone'] }),
    field(
      { id: 'FreeIps', label: 'Free IPs', type: 'number', path: ['AvailableIpAddressCount'] },
      num,
    ),
    field(
      { id: 'PublicIp', label: 'Public IP on launch', type: 'bool', path: ['MapPublicIpOnLaunch'] },
      bool,
    ),
    { id: 'Tags', label: 'Tags', type: 'tags', get: tagObject },
  ],
  summaryBy: ['VpcId', 'AZ'],
  baseInput: () => ({}),
  lookupInput: (key) => ({ SubnetIds: [key] }),
  send: async (client, input, signal) => {
    const { DescribeSubnetsCommand } = await loadSdk('ec2');
    return client.send(new DescribeSubnetsCommand(input), { abortSignal: signal });
  },
  items: (page) => asArray(page.Subnets),
};
