import type { DemoHostedZone, DemoRecordSet } from '../data/route53-zones';
import { el, wrap } from '../http/xml';

/** https://docs.aws.amazon.com/Route53/latest/APIReference/API_HostedZone.html */
export const hostedZoneXml = (zone: DemoHostedZone): string =>
  wrap(
    'HostedZone',
    el('Id', `/hostedzone/${zone.id}`) +
      el('Name', zone.name) +
      el('CallerReference', zone.callerReference) +
      wrap('Config', el('Comment', zone.comment) + el('PrivateZone', zone.privateZone)) +
      el('ResourceRecordSetCount', zone.recordSets.length),
  );

/**
 * https://docs.aws.amazon.com/Route53/latest/APIReference/API_ResourceRecordSet.html , its
 * elements in the model's order.
 */
export const recordSetXml = (set: DemoRecordSet): string =>
  wrap(
    'ResourceRecordSet',
    el('Name', set.name) +
      el('Type', set.type) +
      el('SetIdentifier', set.setIdentifier) +
      el('Weight', set.weight) +
      el('Region', set.region) +
      el('TTL', set.ttl) +
      (set.values
        ? wrap(
            'ResourceRecords',
            set.values.map((value) => wrap('ResourceRecord', el('Value', value))).join(''),
          )
        : '') +
      (set.alias
        ? wrap(
            'AliasTarget',
            el('HostedZoneId', set.alias.hostedZoneId) +
              el('DNSName', set.alias.dnsName) +
              el('EvaluateTargetHealth', set.alias.evaluateTargetHealth),
          )
        : ''),
  );
