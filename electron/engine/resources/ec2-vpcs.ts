import type { DescribeVpcsCommandInput, EC2Client } from '@aws-sdk/client-ec2';
import { loadSdk } from '../aws/service-sdks';
import { ec2ListInfo, ec2ListPaging } from './ec2-list';
import { nameTag, tagObject } from './ec2-tags';
import { type ResourceDescriptor, asArray, bool, field } from './resource';

/** DescribeVpcs: the account's VPCs of a region (MaxResults 5..1000). */
export const ec2Vpcs: ResourceDescriptor<EC2Client, DescribeVpcsCommandInput> = {
  info: {
    ...ec2ListInfo,
    kind: 'ec2-vpcs',
    title: 'EC2 VPCs',
    sidebarLabel: 'EC2 VPCs',
    keyColumn: 'VpcId',
    filterExamples: ['IsDefault == `true`', "starts_with(CidrBlock, '10.1')"],
    operation: 'DescribeVpcs',
    iamAction: 'ec2:DescribeVpcs',
    cli: ['ec2', 'describe-vpcs'],
    itemsPath: 'Vpcs',
  },
  ...ec2ListPaging('Vpcs', 1000),
  operation: 'ec2:DescribeVpcs',
  columns: [
    field({ id: 'VpcId', label: 'VPC ID', type: 'text', path: ['VpcId'] }),
    { id: 'Name', label: 'Name', type: 'text', get: nameTag },
    field({ id: 'CidrBlock', label: 'CIDR', type: 'text', path: ['CidrBlock'] }),
    field({ id: 'State', label: 'State', type: 'state', path: ['State'] }),
    field({ id: 'IsDefault', label: 'Default', type: 'bool', path: ['IsDefault'] }, bool),
    field({ id: 'OwnerId', label: 'Owner', type: 'text', path: ['OwnerId'] }),
    { id: 'Tags', label: 'Tags', type: 'tags', get: tagObject },
  ],
  summaryBy: ['State', 'IsDefault'],
  baseInput: () => ({}),
  lookupInput: (key) => ({ VpcIds: [key] }),
  send: async (client, input, signal) => {
    const { DescribeVpcsCommand } = await loadSdk('ec2');
    return client.send(new DescribeVpcsCommand(input), { abortSignal: signal });
  },
  items: (page) => asArray(page.Vpcs),
};
