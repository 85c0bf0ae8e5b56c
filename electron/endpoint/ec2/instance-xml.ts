import { DEMO_ACCOUNT_ID } from '../../../shared/demo-credentials';
import type { DemoInstance, DemoReservation } from '../data/ec2-instances';
import { el, wrap } from '../http/xml';

/** EC2 Query XML names (lowerCamel, lists as `<item>`), as in the EC2 API reference. */
const items = (name: string, children: string[]): string =>
  wrap(name, children.map((child) => wrap('item', child)).join(''));

const isoSeconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, '.000Z');

export const instanceXml = (i: DemoInstance): string =>
  wrap(
    'item',
    el('instanceId', i.instanceId) +
      el('imageId', i.imageId) +
      wrap('instanceState', el('code', i.state.code) + el('name', i.state.name)) +
      el('privateDnsName', i.privateDnsName) +
      el('dnsName', i.publicDnsName) +
      el('reason', i.state.name === 'stopped' ? 'User initiated' : '') +
      el('keyName', i.keyName) +
      el('amiLaunchIndex', i.amiLaunchIndex) +
      wrap('productCodes', '') +
      el('instanceType', i.instanceType) +
      el('launchTime', isoSeconds(i.launchTime)) +
      wrap(
        'placement',
        el('availabilityZone', i.availabilityZone) + el('groupName', '') + el('tenancy', 'default'),
      ) +
      wrap('monitoring', el('state', 'disabled')) +
      el('subnetId', i.subnetId) +
      el('vpcId', i.vpcId) +
      el('privateIpAddress', i.privateIpAddress) +
      el('ipAddress', i.publicIpAddress) +
      el('sourceDestCheck', true) +
      wrap('groupSet', '') +
      el('architecture', i.architecture) +
      el('rootDeviceType', 'ebs') +
      el('rootDeviceName', '/dev/xvda') +
      el('virtualizationType', 'hvm') +
      (i.tags.length === 0
        ? ''
        : items(
            'tagSet',
            i.tags.map((t) => el('key', t.key) + el('value', t.value)),
          )) +
      el('hypervisor', 'xen') +
      el('ebsOptimized', false) +
      el('platformDetails', 'Linux/UNIX') +
      el('usageOperation', 'RunInstances'),
  );

export const reservationXml = (reservation: DemoReservation, instances: DemoInstance[]): string =>
  wrap(
    'item',
    el('reservationId', reservation.reservationId) +
      el('ownerId', DEMO_ACCOUNT_ID) +
      wrap('groupSet', '') +
      wrap('instancesSet', instances.map(instanceXml).join('')),
  );
