import { between, hash32, unit } from './hash';
import { etagOf, sizeOf, storageClassOf } from './object-attributes';
import type { ObjectSource, VersionEntry, VersionSource } from './object-source';
import { compareUtf8 } from './utf8-order';

const HOUR_MS = 3_600_000;
const FIRST = Date.UTC(2023, 0, 1);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._';

const versionId = (seed: number, id: number): string =>
  Array.from({ length: 32 }, (_, i) => ALPHABET[hash32(seed, 40 + i, id) % ALPHABET.length]).join(
    '',
  );

const keysOf = (): string[] => [
  ...Array.from({ length: 60 }, (_, i) => `docs/report-${String(i + 1).padStart(3, '0')}.txt`),
  ...Array.from({ length: 20 }, (_, i) => `images/logo-${String(i + 1).padStart(2, '0')}.png`),
  'config.json',
  'notes.txt',
];

/** The versions of one key, newest first; some keys end (or pause) with a delete marker. */
const historyOf = (seed: number, key: string, k: number): VersionEntry[] => {
  const count = between(seed, 31, k, 1, 4);
  const latestDeleted = unit(seed, 32, k) < 0.2;
  const middleDeleted = count >= 3 && unit(seed, 33, k) < 0.3;
  let time = FIRST + between(seed, 34, k, 0, 5000) * HOUR_MS;
  const oldestFirst: VersionEntry[] = [];
  for (let v = 0; v < count; v++) {
    const id = k * 8 + v;
    const deleteMarker =
      (v === count - 1 && latestDeleted && count > 1) || (v === 1 && middleDeleted);
    time += between(seed, 35, id, 1, 2000) * HOUR_MS;
    oldestFirst.push({
      key,
      versionId: versionId(seed, id),
      isLatest: v === count - 1,
      deleteMarker,
      lastModified: new Date(time),
      size: deleteMarker ? 0 : sizeOf(seed, id),
      etag: deleteMarker ? '' : etagOf(seed, id),
      storageClass: storageClassOf(seed, id),
    });
  }
  return oldestFirst.reverse();
};

/** A versioned bucket (a few hundred versions), held in memory. */
export const demoVersions = (seed: number): { objects: ObjectSource; versions: VersionSource } => {
  const keys = keysOf().sort(compareUtf8);
  const entries = keys.flatMap((key, k) => historyOf(seed, key, k));
  const current = entries.filter((entry) => entry.isLatest && !entry.deleteMarker);
  return {
    versions: {
      size: entries.length,
      keyAt: (index) => entries[index]!.key,
      versionAt: (index) => entries[index]!,
    },
    objects: {
      size: current.length,
      keyAt: (index) => current[index]!.key,
      objectAt: (index) => current[index]!,
    },
  };
};
