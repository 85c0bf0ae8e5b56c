/**
 * Stateless deterministic randomness: any item's attributes are a pure function of
 * (seed, stream, index), so item i of a million costs the same to build whether or not the items
 * before it were ever generated.
 */
const fmix = (input: number): number => {
  let h = input >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
};

/**
 * The part of hash32 that depends on (seed, stream) alone: code that hashes many indexes of one
 * stream computes it once and calls hashAt per index.
 */
export const hashKey = (seed: number, stream: number): number =>
  fmix(fmix(seed ^ 0x9e3779b9) ^ Math.imul(stream, 0x27d4eb2d));

/** hash32(seed, stream, index) for key = hashKey(seed, stream). */
export const hashAt = (key: number, index: number): number => fmix(key ^ index);

/** A uint32 for (seed, stream, index); streams keep unrelated attributes uncorrelated. */
export const hash32 = (seed: number, stream: number, index: number): number =>
  hashAt(hashKey(seed, stream), index);

/** A float in [0, 1) for (seed, stream, index). */
export const unit = (seed: number, stream: number, index: number): number =>
  hash32(seed, stream, index) / 0x1_0000_0000;

/** The integer in [min, max] that a uint32 hash maps to, as `between` maps it. */
export const inRange = (hash: number, min: number, max: number): number =>
  min + Math.floor((hash / 0x1_0000_0000) * (max - min + 1));

/** An integer in [min, max] for (seed, stream, index). */
export const between = (
  seed: number,
  stream: number,
  index: number,
  min: number,
  max: number,
): number => inRange(hash32(seed, stream, index), min, max);

export const pick = <T>(seed: number, stream: number, index: number, items: readonly T[]): T =>
  items[hash32(seed, stream, index) % items.length]!;

const HEX_BYTES = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
const hex8 = (h: number): string =>
  HEX_BYTES[h >>> 24]! +
  HEX_BYTES[(h >>> 16) & 255]! +
  HEX_BYTES[(h >>> 8) & 255]! +
  HEX_BYTES[h & 255]!;

/** `length` hex digits for (seed, stream, index), e.g. an ETag or an instance id. */
export const hex = (seed: number, stream: number, index: number, length: number): string => {
  let out = '';
  for (let part = 0; out.length < length; part++)
    out += hex8(hash32(seed, stream + part * 7919, index));
  return out.length === length ? out : out.slice(0, length);
};

/** A small sequential generator for the few data sets that are built once (photos, versions). */
export const sequence = (seed: number, stream: number) => {
  let i = 0;
  return {
    unit: (): number => unit(seed, stream, i++),
    between: (min: number, max: number): number => between(seed, stream, i++, min, max),
    pick: <T>(items: readonly T[]): T => pick(seed, stream, i++, items),
  };
};
