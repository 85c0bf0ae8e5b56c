import { datedKeys } from './dated-keys';
import { demoEdge } from './demo-edge';
import { demoPhotos } from './demo-photos';
import { demoVersions } from './demo-versions';
import { materialized, unversioned, type ObjectSource, type VersionSource } from './object-source';

export interface DemoBucket {
  name: string;
  region: string;
  creationDate: Date;
  /** Listing answers AccessDenied (the bucket is visible in ListBuckets, its content is not). */
  denied: boolean;
  versioned: boolean;
  objects: ObjectSource;
  versions: VersionSource;
}

/** Each bucket mixes its own salt into the seed so buckets do not share object attributes. */
const salted = (seed: number, salt: number): number => (seed ^ Math.imul(salt, 0x9e3779b1)) >>> 0;

const plain = (
  name: string,
  region: string,
  created: string,
  objects: ObjectSource,
  denied = false,
): DemoBucket => ({
  name,
  region,
  creationDate: new Date(created),
  denied,
  versioned: false,
  objects,
  versions: unversioned(objects),
});

const big = (seed: number, count: number): DemoBucket =>
  plain(
    'demo-big',
    'us-east-1',
    '2024-01-02T09:00:00.000Z',
    datedKeys({
      seed: salted(seed, 1),
      count,
      root: 'logs',
      year: 2024,
      stem: 'file',
      extension: '.log',
    }),
  );

const denied = (seed: number): DemoBucket =>
  plain(
    'demo-denied',
    'us-east-1',
    '2023-05-05T12:00:00.000Z',
    datedKeys({
      seed: salted(seed, 2),
      count: 50,
      root: 'secret',
      year: 2023,
      stem: 'payroll',
      extension: '.csv',
    }),
    true,
  );

const empty = (): DemoBucket =>
  plain(
    'demo-empty',
    'us-east-1',
    '2022-11-11T11:11:11.000Z',
    materialized([], () => {
      throw new Error('demo-empty has no objects');
    }),
  );

const eu = (seed: number): DemoBucket =>
  plain(
    'demo-eu',
    'eu-west-1',
    '2023-03-14T15:09:26.000Z',
    datedKeys({
      seed: salted(seed, 5),
      count: 400,
      root: 'reports',
      year: 2023,
      stem: 'report',
      extension: '.csv',
    }),
  );

const versioned = (seed: number): DemoBucket => {
  const { objects, versions } = demoVersions(salted(seed, 7));
  return {
    ...plain('demo-versions', 'us-east-1', '2023-01-01T00:00:00.000Z', objects),
    versioned: true,
    versions,
  };
};

/**
 * The demo buckets. Their names are an interface: tests and benchmarks outside this folder use
 * them. Listed in name order, as ListBuckets returns them.
 */
export const demoBuckets = (seed: number, bigCount: number): ReadonlyMap<string, DemoBucket> => {
  const buckets: DemoBucket[] = [
    big(seed, bigCount),
    denied(seed),
    plain('demo-edge', 'us-east-1', '2024-06-01T08:30:00.000Z', demoEdge(salted(seed, 3))),
    empty(),
    eu(seed),
    plain('demo-photos', 'us-east-1', '2021-01-01T00:00:00.000Z', demoPhotos(salted(seed, 6))),
    versioned(seed),
  ];
  return new Map(buckets.map((bucket) => [bucket.name, bucket]));
};
