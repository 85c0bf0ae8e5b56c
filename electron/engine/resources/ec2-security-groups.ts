import type { DescribeSecurityGroupsCommandInput, EC2Client } from '@aws-sdk/client-ec2';
import { loadSdk } from '../aws/service-sdks';
import { ec2ListInfo, ec2ListPaging } from './ec2-list';
import { tagObject } from './ec2-tags';
import { type ResourceDescriptor, asArray, field } from './resource';

/** DescribeSecurityGroups: the security groups of a region (MaxResults 5..1000). */
export const ec2SecurityGroups: ResourceDescriptor<EC2Client, DescribeSecurityGroupsCommandInput> =
  {
    info: {
      ...ec2ListInfo,
      kind: 'ec2-security-groups',
      title: 'EC2 security groups',
      sidebarLabel: 'EC2 security groups',
      keyColumn: 'GroupId',
      filterExamples: ["GroupName == 'default'", "contains(Description, 'data')"],
      operation: 'DescribeSecurityGroups',
      iamAction: 'ec2:DescribeSecurityGroups',
      cli: ['ec2', 'describe-security-groups'],
      itemsPath: 'SecurityGroups',
    },
    ...ec2ListPaging('SecurityGroups', 1000),
    operation: 'ec2:DescribeSecurityGroups',
    columns: [
      field({ id: 'GroupId', label: 'Group ID', type: 'text', path: ['GroupId'] }),
      field({ id: 'GroupName', label: 'Name', type: 'text', path: ['GroupName'] }),
      field({ id: 'VpcId', label: 'VPC ID', type: 'text', path: ['VpcId'] }),
      field({ id: 'Description', label: 'Description', type: 'text', path: ['Description'] }),
      { id: 'Tags', label: 'Tags', type: 'tags', get: tagObject },
    ],
    summaryBy: ['VpcId'],
    baseInput: () => ({}),
    lookupInput: (key) => ({ GroupIds: [key] }),
    send: async (client, input, signal) => {
      const { DescribeSecurityGroupsCommand } = await loadSdk('ec2');
      return client.send(new DescribeSecurityGroupsCommand(input), { abortSignal: signal });
    },
    items: (page) => asArray(page.SecurityGroups),
  };
