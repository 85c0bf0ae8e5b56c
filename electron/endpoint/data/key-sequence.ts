import { compareUtf8, prefixSuccessor } from './utf8-order';

/** One object as ListObjectsV2 reports it. */
export interface S3ObjectMeta {
  key: string;
  size: number;
  lastModified: Date;
  etag: string;
  storageClass: string;
}

/**
 * A bucket's keys as a sorted virtual sequence (UTF-8 byte order): item i is computed on demand,
 * so listing costs O(page · log n) whatever the bucket's size and nothing is held in memory.
 */
export interface KeySequence {
  readonly size: number;
  keyAt(index: number): string;
}

/** First index whose key is >= `key` (or > when `strict`). */
export const searchKey = (seq: KeySequence, key: string, strict = false): number => {
  let low = 0;
  let high = seq.size;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const order = compareUtf8(seq.keyAt(mid), key);
    if (order < 0 || (strict && order === 0)) low = mid + 1;
    else high = mid;
  }
  return low;
};

/** First index past every key that starts with `prefix`. */
export const skipPrefix = (seq: KeySequence, prefix: string): number => {
  const next = prefixSuccessor(prefix);
  return next === null ? seq.size : searchKey(seq, next);
};

export type ListEntry = { kind: 'item'; index: number } | { kind: 'prefix'; prefix: string };

export interface WalkOptions {
  prefix: string;
  delimiter: string;
  from: number;
  limit: number;
}

/**
 * One page of a listing: items and CommonPrefixes in key order, both counting toward `limit`, as
 * S3 counts them. A CommonPrefix is rolled up in one jump, so a folder of a million keys costs the
 * same as one key. `truncated` is exact: it is true only if another entry follows.
 */
export const walk = (seq: KeySequence, options: WalkOptions) => {
  const { prefix, delimiter, limit } = options;
  const entries: ListEntry[] = [];
  // max-keys=0 is an empty, complete answer on S3, not a truncated one.
  if (limit === 0) return { entries, truncated: false };
  let index = Math.max(options.from, searchKey(seq, prefix));
  while (index < seq.size) {
    const key = seq.keyAt(index);
    if (!key.startsWith(prefix)) break;
    if (entries.length === limit) return { entries, truncated: true };
    const cut = delimiter === '' ? -1 : key.indexOf(delimiter, prefix.length);
    if (cut >= 0) {
      const common = key.slice(0, cut + delimiter.length);
      entries.push({ kind: 'prefix', prefix: common });
      index = skipPrefix(seq, common);
    } else {
      entries.push({ kind: 'item', index });
      index += 1;
    }
  }
  return { entries, truncated: false };
};
