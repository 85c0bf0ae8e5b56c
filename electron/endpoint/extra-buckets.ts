import type { DemoBucket } from './data/demo-buckets';
import { describeObject } from './data/object-attributes';
import { materialized, unversioned } from './data/object-source';

/** A bucket of exactly these keys, for a test that needs keys the demo data does not have. */
export interface ExtraBucket {
  name: string;
  keys: readonly string[];
  /** us-east-1 unless given. */
  region?: string;
}

const CREATED = '2024-01-01T00:00:00.000Z';

const toDemoBucket = (seed: number, extra: ExtraBucket): DemoBucket => {
  const objects = materialized(extra.keys, (_key, index) =>
    describeObject(seed, index, Date.UTC(2024, 0, 1)),
  );
  return {
    name: extra.name,
    region: extra.region ?? 'us-east-1',
    creationDate: new Date(CREATED),
    denied: false,
    versioned: false,
    objects,
    versions: unversioned(objects),
  };
};

/** The demo buckets plus the extra ones; an extra bucket replaces a demo bucket of its name. */
export const withExtraBuckets = (
  demo: ReadonlyMap<string, DemoBucket>,
  seed: number,
  extras: readonly ExtraBucket[],
): ReadonlyMap<string, DemoBucket> => {
  if (extras.length === 0) return demo;
  const all = new Map(demo);
  for (const extra of extras) all.set(extra.name, toDemoBucket(seed, extra));
  return all;
};
