import { comparePositions, reversedName, type RecordPosition } from '../route53/record-order';
import { pick, hex } from './hash';
import { apex, internalZone, mainZone, smallZone, type DemoRecordSet } from './route53-records';

export type { DemoRecordSet };

export interface DemoHostedZone {
  /** The bare id (Z...); responses write it as /hostedzone/Z... */
  id: string;
  name: string;
  callerReference: string;
  comment: string;
  privateZone: boolean;
  /** In Route 53's order (route53/record-order.ts). */
  recordSets: DemoRecordSet[];
  /** Parallel to recordSets: where each sits in that order. */
  positions: RecordPosition[];
}

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const zoneId = (seed: number, n: number): string =>
  `Z${Array.from({ length: 20 }, (_, i) => pick(seed, 300 + i, n, [...ALNUM])).join('')}`;

const position = (r: DemoRecordSet): RecordPosition => [
  reversedName(r.name),
  r.type,
  r.setIdentifier ?? '',
];

const zoneOf = (
  seed: number,
  n: number,
  name: string,
  comment: string,
  privateZone: boolean,
  sets: DemoRecordSet[],
): DemoHostedZone => {
  const sorted = sets
    .map((r) => ({ r, at: position(r) }))
    .sort((a, b) => comparePositions(a.at, b.at));
  return {
    id: zoneId(seed, n),
    name,
    callerReference: `pagescope-demo-${hex(seed, 344, n, 8)}`,
    comment,
    privateZone,
    recordSets: sorted.map((s) => s.r),
    positions: sorted.map((s) => s.at),
  };
};

/**
 * The demo account's hosted zones (Route 53 is global: the same in every region). example.com
 * holds a few thousand record sets, with names shared across types and weighted and latency sets
 * sharing name and type, so that pages end inside a name and inside a name and type.
 */
export const demoHostedZones = (seed: number): DemoHostedZone[] => [
  zoneOf(
    seed,
    0,
    'example.com.',
    'Public site and services',
    false,
    mainZone(seed, 'example.com.', 900),
  ),
  zoneOf(
    seed,
    1,
    'internal.example.com.',
    'Private names of the production VPC',
    true,
    internalZone(seed, 'internal.example.com.'),
  ),
  zoneOf(
    seed,
    2,
    'demo-shop.net.',
    'Shop storefront',
    false,
    smallZone(seed, 'demo-shop.net.', 2, 12),
  ),
  zoneOf(seed, 3, 'pagescope.dev.', 'Docs site', false, smallZone(seed, 'pagescope.dev.', 3, 3)),
  zoneOf(seed, 4, 'example.org.', 'Parked', false, apex(seed, 'example.org.', 4)),
  zoneOf(
    seed,
    5,
    'eu.example.com.',
    'Delegated to the EU team',
    false,
    smallZone(seed, 'eu.example.com.', 5, 6),
  ),
];
