import type { DescribeSnapshotsCommandInput, EC2Client } from '@aws-sdk/client-ec2';
import { loadSdk } from '../aws/service-sdks';
import { ec2ListInfo, ec2ListPaging } from './ec2-list';
import { tagObject } from './ec2-tags';
import { type ResourceDescriptor, asArray, bool, field, iso, num } from './resource';

/** DescribeSnapshots of the account's own (OwnerIds self, as the EC2 console lists them; MaxResults 5..1000). */
export const ec2Snapshots: ResourceDescriptor<EC2Client, DescribeSnapshotsCommandInput> = {
  info: {
    ...ec2ListInfo,
    kind: 'ec2-snapshots',
    title: 'EC2 snapshots',
    sidebarLabel: 'EC2 snapshots',
    keyColumn: 'SnapshotId',
    filterExamples: ['VolumeSize > `50`', 'Encrypted == `true`'],
    operation: 'DescribeSnapshots',
    iamAction: 'ec2:DescribeSnapshots',
    cli: ['ec2', 'describe-snapshots', '--owner-ids', 'self'],
    itemsPath: 'Snapshots',
  },
  ...ec2ListPaging('Snapshots', 1000),
  operation: 'ec2:DescribeSnapshots',
  columns: [
    field({ id: 'SnapshotId', label: 'Snapshot ID', type: 'text', path: ['SnapshotId'] }),
    field({ id: 'VolumeId', label: 'Volume ID', type: 'text', path: ['VolumeId'] }),
    field({ id: 'VolumeSize', label: 'Size (GiB)', type: 'number', path: ['VolumeSize'] }, num),
    field({ id: 'State', label: 'State', type: 'state', path: ['State'] }),
    field({ id: 'StartTime', label: 'Started', type: 'date', path: ['StartTime'] }),
    field({ id: 'Description', label: 'Description', type: 'text', path: ['Description'] }),
    field({ id: 'Encrypted', label: 'Encrypted', type: 'bool', path: ['Encrypted'] }, bool),
    { id: 'Tags', label: 'Tags', type: 'tags', get: tagObject },
  ],
  summaryBy: ['State', 'month'],
  baseInput: () => ({ OwnerIds: ['self'] }),
  lookupInput: (key) => ({ SnapshotIds: [key] }),
  send: async (client, input, signal) => {
    const { DescribeSnapshotsCommand } = await loadSdk('ec2');
    return client.send(new DescribeSnapshotsCommand(input), { abortSignal: signal });
  },
  items(page) {
    const items = asArray(page.Snapshots);
    for (const item of items) item.StartTime = iso(item.StartTime);
    return items;
  },
};
