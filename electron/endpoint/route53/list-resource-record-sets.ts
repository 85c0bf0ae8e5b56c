import type { DemoHostedZone } from '../data/route53-zones';
import { AwsError } from '../http/aws-error';
import { el, wrap } from '../http/xml';
import { firstAtOrAfter, reversedName } from './record-order';
import { recordSetXml } from './route53-xml';
import { invalidInput, maxItems, queryParam } from './route53-params';

type Query = ReadonlyArray<readonly [string, string]>;

// "ListResourceRecordSets returns up to 300 resource record sets at a time".
const MAX_RECORD_SETS = 300;

// https://docs.aws.amazon.com/Route53/latest/APIReference/API_ResourceRecordSet.html (Type)
const TYPES = new Set(
  'A AAAA CAA CNAME DS HTTPS MX NAPTR NS PTR SOA SPF SRV SSHFP SVCB TLSA TXT'.split(' '),
);

/** Route 53 takes names case-insensitively and with or without the final dot. */
const dnsName = (name: string): string => (name.endsWith('.') ? name : `${name}.`).toLowerCase();

/**
 * Where a page starts: the first record set at or after (name, type, identifier) in Route 53's
 * order. A type needs a name, and an identifier needs a type, as Route 53 requires.
 */
const startOf = (query: Query, zone: DemoHostedZone): number => {
  const name = queryParam(query, 'name');
  const type = queryParam(query, 'type');
  const identifier = queryParam(query, 'identifier');
  if (type !== null && name === null) {
    throw invalidInput('The input is not valid: a type was specified without a name.');
  }
  if (identifier !== null && type === null) {
    throw invalidInput('The input is not valid: an identifier was specified without a type.');
  }
  if (type !== null && !TYPES.has(type)) {
    throw invalidInput(`Invalid type: ${type}`);
  }
  if (name === null) return 0;
  return firstAtOrAfter(zone.positions, [
    reversedName(dnsName(name)),
    type ?? '',
    identifier ?? '',
  ]);
};

/**
 * ListResourceRecordSets: a page of a zone's record sets, and where the next one starts as its
 * name, type and (for sets of one name and type) identifier.
 * https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListResourceRecordSets.html
 */
export const listResourceRecordSets = (
  zoneId: string,
  query: Query,
  zones: readonly DemoHostedZone[],
): string => {
  const zone = zones.find((z) => z.id === zoneId);
  if (!zone) throw new AwsError(404, 'NoSuchHostedZone', `No hosted zone found with ID: ${zoneId}`);
  const max = maxItems(queryParam(query, 'maxitems'), MAX_RECORD_SETS);
  const start = startOf(query, zone);
  const end = Math.min(zone.recordSets.length, start + max);
  const next = zone.recordSets[end];
  return (
    wrap('ResourceRecordSets', zone.recordSets.slice(start, end).map(recordSetXml).join('')) +
    el('IsTruncated', next !== undefined) +
    el('NextRecordName', next?.name) +
    el('NextRecordType', next?.type) +
    el('NextRecordIdentifier', next?.setIdentifier) +
    el('MaxItems', String(max))
  );
};
