import type { DemoHostedZone } from '../data/route53-zones';
import { el, wrap } from '../http/xml';
import { hostedZoneXml } from './route53-xml';
import { invalidInput, maxItems, queryParam } from './route53-params';

type Query = ReadonlyArray<readonly [string, string]>;

// "If you have more than maxitems hosted zones ... IsTruncated is true"; Route 53 answers at most
// 100 per page. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListHostedZones.html
const MAX_ZONES = 100;

const ZONE_TYPES = new Set(['PrivateHostedZone']);

/**
 * ListHostedZones: zones in the order they were made, from the one `marker` names (its id, as the
 * previous page's NextMarker gave it). A marker that names no zone is InvalidInput.
 */
export const listHostedZones = (query: Query, zones: readonly DemoHostedZone[]): string => {
  const max = maxItems(queryParam(query, 'maxitems'), MAX_ZONES);
  const zoneType = queryParam(query, 'hostedzonetype');
  if (zoneType !== null && !ZONE_TYPES.has(zoneType)) {
    throw invalidInput(`Invalid value for parameter hostedzonetype: ${zoneType}`);
  }
  const listed = zoneType === null ? zones : zones.filter((z) => z.privateZone);
  const marker = queryParam(query, 'marker');
  const id = marker?.replace(/^\/hostedzone\//, '') ?? null;
  const start = id === null || id === '' ? 0 : listed.findIndex((z) => z.id === id);
  if (start < 0) throw invalidInput(`Invalid marker: ${marker}`);
  const end = Math.min(listed.length, start + max);
  const next = end < listed.length ? listed[end]!.id : undefined;
  return (
    wrap('HostedZones', listed.slice(start, end).map(hostedZoneXml).join('')) +
    el('Marker', marker ?? undefined) +
    el('IsTruncated', next !== undefined) +
    el('NextMarker', next) +
    el('MaxItems', String(max))
  );
};
