import { DEMO_ACCOUNT_ID } from '../../../shared/demo-credentials';
import type {
  DemoSecurityGroup,
  DemoSnapshot,
  DemoSubnet,
  DemoTag,
  DemoVolume,
  DemoVpc,
} from '../data/ec2-resources';
import { el, wrap } from '../http/xml';
import type { Ec2List } from './describe-list';

/** EC2 leaves tagSet out when there are no tags, as it does for instances. */
export const tagSet = (tags: readonly DemoTag[]): string =>
  tags.length === 0
    ? ''
    : wrap(
        'tagSet',
        tags.map((t) => wrap('item', el('key', t.key) + el('value', t.value))).join(''),
      );

const iso = (date: Date): string => date.toISOString();

/** https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcs.html */
export const vpcList: Ec2List<DemoVpc> = {
  setName: 'vpcSet',
  min: 5,
  max: 1000,
  over: 'refuse',
  xml: (v) =>
    el('vpcId', v.vpcId) +
    el('ownerId', DEMO_ACCOUNT_ID) +
    el('state', 'available') +
    el('cidrBlock', v.cidrBlock) +
    el('dhcpOptionsId', 'dopt-0a1b2c3d') +
    el('instanceTenancy', 'default') +
    el('isDefault', v.isDefault) +
    tagSet(v.tags),
};

/** https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSubnets.html */
export const subnetList: Ec2List<DemoSubnet> = {
  setName: 'subnetSet',
  min: 5,
  max: 1000,
  over: 'refuse',
  xml: (s) =>
    el('subnetId', s.subnetId) +
    el('state', 'available') +
    el('vpcId', s.vpcId) +
    el('ownerId', DEMO_ACCOUNT_ID) +
    el('cidrBlock', s.cidrBlock) +
    el('availableIpAddressCount', s.availableIpAddressCount) +
    el('availabilityZone', s.availabilityZone) +
    el('defaultForAz', false) +
    el('mapPublicIpOnLaunch', s.mapPublicIpOnLaunch) +
    tagSet(s.tags),
};

/** https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSecurityGroups.html */
export const securityGroupList: Ec2List<DemoSecurityGroup> = {
  setName: 'securityGroupInfo',
  min: 5,
  max: 1000,
  over: 'refuse',
  xml: (g) =>
    el('ownerId', DEMO_ACCOUNT_ID) +
    el('groupId', g.groupId) +
    el('groupName', g.groupName) +
    el('groupDescription', g.description) +
    el('vpcId', g.vpcId) +
    tagSet(g.tags),
};

/** https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVolumes.html (5..500, more clamped) */
export const volumeList: Ec2List<DemoVolume> = {
  setName: 'volumeSet',
  min: 5,
  max: 500,
  over: 'clamp',
  xml: (v) =>
    el('volumeId', v.volumeId) +
    el('size', v.size) +
    el('snapshotId', v.snapshotId) +
    el('availabilityZone', v.availabilityZone) +
    el('status', v.attachment ? 'in-use' : 'available') +
    el('createTime', iso(v.createTime)) +
    wrap(
      'attachmentSet',
      v.attachment
        ? wrap(
            'item',
            el('volumeId', v.volumeId) +
              el('instanceId', v.attachment.instanceId) +
              el('device', v.attachment.device) +
              el('status', 'attached') +
              el('attachTime', iso(v.attachment.attachTime)) +
              el('deleteOnTermination', true),
          )
        : '',
    ) +
    el('volumeType', v.volumeType) +
    el('encrypted', v.encrypted) +
    tagSet(v.tags),
};

/** https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSnapshots.html */
export const snapshotList: Ec2List<DemoSnapshot> = {
  setName: 'snapshotSet',
  min: 5,
  max: 1000,
  over: 'refuse',
  xml: (s) =>
    el('snapshotId', s.snapshotId) +
    el('volumeId', s.volumeId) +
    el('status', 'completed') +
    el('startTime', iso(s.startTime)) +
    el('progress', '100%') +
    el('ownerId', DEMO_ACCOUNT_ID) +
    el('volumeSize', s.volumeSize) +
    el('description', s.description) +
    el('encrypted', s.encrypted) +
    el('storageTier', 'standard') +
    tagSet(s.tags),
};
