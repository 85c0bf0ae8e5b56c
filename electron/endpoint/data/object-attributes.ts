import { between, hex, unit } from './hash';

/** Attribute streams of an object, so size, ETag and class stay independent of each other. */
const SIZE = 11;
const ETAG = 12;
const CLASS = 13;
const SECOND = 14;

const DAY_MS = 86_400_000;

/** Plausible object sizes: mostly kilobytes to a few megabytes, a few tiny or empty. */
export const sizeOf = (seed: number, id: number): number =>
  unit(seed, SIZE, id) < 0.02 ? 0 : Math.floor(Math.exp(4 + unit(seed, SIZE + 100, id) * 12));

export const etagOf = (seed: number, id: number): string => `"${hex(seed, ETAG, id, 32)}"`;

export const storageClassOf = (seed: number, id: number): string => {
  const u = unit(seed, CLASS, id);
  return u < 0.9 ? 'STANDARD' : u < 0.97 ? 'STANDARD_IA' : 'GLACIER_IR';
};

/** A moment within the given UTC day. */
export const timeInDay = (seed: number, id: number, dayStartMs: number): Date =>
  new Date(dayStartMs + between(seed, SECOND, id, 0, DAY_MS / 1000 - 1) * 1000);

export const describeObject = (seed: number, id: number, dayStartMs: number) => ({
  size: sizeOf(seed, id),
  lastModified: timeInDay(seed, id, dayStartMs),
  etag: etagOf(seed, id),
  storageClass: storageClassOf(seed, id),
});
