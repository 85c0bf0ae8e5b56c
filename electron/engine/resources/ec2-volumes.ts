import type { DescribeVolumesCommandInput, EC2Client } from '@aws-sdk/client-ec2';
import { loadSdk } from '../aws/service-sdks';
import { ec2ListInfo, ec2ListPaging } from './ec2-list';
import { nameTag, tagObject } from './ec2-tags';
import { type ResourceDescriptor, asArray, bool, field, iso, num, text } from './resource';

/** DescribeVolumes: the EBS volumes of a region (MaxResults 5..500, EC2's bound for it). */
export const ec2Volumes: ResourceDescriptor<EC2Client, DescribeVolumesCommandInput> = {
  info: {
    ...ec2ListInfo,
    kind: 'ec2-volumes',
    title: 'EC2 volumes',
    sidebarLabel: 'EC2 volumes',
    keyColumn: 'VolumeId',
    filterExamples: ["State == 'available'", 'Size > `100`', 'Encrypted == `false`'],
    operation: 'DescribeVolumes',
    iamAction: 'ec2:DescribeVolumes',
    cli: ['ec2', 'describe-volumes'],
    itemsPath: 'Volumes',
  },
  ...ec2ListPaging('Volumes', 500),
  operation: 'ec2:DescribeVolumes',
  columns: [
    field({ id: 'VolumeId', label: 'Volume ID', type: 'text', path: ['VolumeId'] }),
    { id: 'Name', label: 'Name', type: 'text', get: nameTag },
    field({ id: 'Size', label: 'Size (GiB)', type: 'number', path: ['Size'] }, num),
    field({ id: 'VolumeType', label: 'Type', type: 'text', path: ['VolumeType'] }),
    field({ id: 'State', label: 'State', type: 'state', path: ['State'] }),
    field({ id: 'AZ', label: 'AZ', type: 'text', path: ['AvailabilityZone'] }),
    field({ id: 'CreateTime', label: 'Created', type: 'date', path: ['CreateTime'] }),
    field({ id: 'Encrypted', label: 'Encrypted', type: 'bool', path: ['Encrypted'] }, bool),
    {
      id: 'InstanceId',
      label: 'Attached to',
      type: 'text',
      get: (item) => text(asArray(item.Attachments)[0]?.InstanceId),
    },
    { id: 'Tags', label: 'Tags', type: 'tags', get: tagObject },
  ],
  summaryBy: ['State', 'VolumeType', 'AZ'],
  baseInput: () => ({}),
  lookupInput: (key) => ({ VolumeIds: [key] }),
  send: async (client, input, signal) => {
    const { DescribeVolumesCommand } = await loadSdk('ec2');
    return client.send(new DescribeVolumesCommand(input), { abortSignal: signal });
  },
  items(page) {
    const items = asArray(page.Volumes);
    for (const item of items) item.CreateTime = iso(item.CreateTime);
    return items;
  },
};
