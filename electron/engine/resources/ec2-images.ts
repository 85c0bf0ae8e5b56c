import type { DescribeImagesCommandInput, EC2Client } from '@aws-sdk/client-ec2';
import { loadSdk } from '../aws/service-sdks';
import { ec2ListInfo, ec2ListPaging } from './ec2-list';
import { tagObject } from './ec2-tags';
import { type ResourceDescriptor, asArray, bool, field } from './resource';

/**
 * DescribeImages of the account's own AMIs (Owners self: without it EC2 lists every public image
 * too). MaxResults 5..1000; botocore's paginator model (input and output NextToken, limit
 * MaxResults) is newer than Debian's botocore, whose AWS CLI lists them in one call.
 */
export const ec2Images: ResourceDescriptor<EC2Client, DescribeImagesCommandInput> = {
  info: {
    ...ec2ListInfo,
    kind: 'ec2-images',
    title: 'EC2 images (AMIs)',
    sidebarLabel: 'EC2 images',
    keyColumn: 'ImageId',
    filterExamples: ["State == 'available'", "Architecture == 'arm64'", "Platform == 'windows'"],
    operation: 'DescribeImages',
    iamAction: 'ec2:DescribeImages',
    cli: ['ec2', 'describe-images', '--owners', 'self'],
    itemsPath: 'Images',
  },
  ...ec2ListPaging('Images', 1000),
  operation: 'ec2:DescribeImages',
  columns: [
    field({ id: 'ImageId', label: 'Image ID', type: 'text', path: ['ImageId'] }),
    field({ id: 'Name', label: 'Name', type: 'text', path: ['Name'] }),
    field({ id: 'State', label: 'State', type: 'state', path: ['State'] }),
    field({ id: 'Architecture', label: 'Architecture', type: 'text', path: ['Architecture'] }),
    field({ id: 'PlatformDetails', label: 'Platform', type: 'text', path: ['PlatformDetails'] }),
    field({ id: 'CreationDate', label: 'Created', type: 'date', path: ['CreationDate'] }),
    field({ id: 'Public', label: 'Public', type: 'bool', path: ['Public'] }, bool),
    { id: 'Tags', label: 'Tags', type: 'tags', get: tagObject },
  ],
  summaryBy: ['State', 'Architecture', 'month'],
  baseInput: () => ({ Owners: ['self'] }),
  lookupInput: (key) => ({ ImageIds: [key] }),
  send: async (client, input, signal) => {
    const { DescribeImagesCommand } = await loadSdk('ec2');
    return client.send(new DescribeImagesCommand(input), { abortSignal: signal });
  },
  items: (page) => asArray(page.Images),
};
