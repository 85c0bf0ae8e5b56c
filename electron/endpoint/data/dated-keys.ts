import { describeObject } from './object-attributes';
import type { ObjectSource } from './object-source';

export interface DatedKeysOptions {
  seed: number;
  count: number;
  /** Top folder, e.g. `logs`. */
  root: string;
  year: number;
  stem: string;
  extension: string;
}

const DAY_MS = 86_400_000;
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * `count` keys spread in order over the days of one year, e.g. `logs/2024/03/17/file-0123456.log`.
 * The day of key i is floor(i · days / count) and the file number is i zero-padded to a fixed
 * width, so key order is index order and key i is computed in O(1) with no table at all.
 */
export const datedKeys = (options: DatedKeysOptions): ObjectSource => {
  const { seed, count, root, year, stem, extension } = options;
  const start = Date.UTC(year, 0, 1);
  const days = Math.round((Date.UTC(year + 1, 0, 1) - start) / DAY_MS);
  const width = Math.max(7, String(Math.max(0, count - 1)).length);
  // The folder part of each day's keys, built once: keyAt runs for every key of every page.
  const folders = Array.from({ length: days }, (_, day) => {
    const date = new Date(start + day * DAY_MS);
    const month = pad(date.getUTCMonth() + 1, 2);
    return `${root}/${year}/${month}/${pad(date.getUTCDate(), 2)}/${stem}-`;
  });
  const dayOf = (index: number): number => Math.floor((index * days) / count);
  const keyAt = (index: number): string =>
    `${folders[dayOf(index)]}${pad(index, width)}${extension}`;
  return {
    size: count,
    keyAt,
    objectAt: (index) => ({
      key: keyAt(index),
      ...describeObject(seed, index, start + dayOf(index) * DAY_MS),
    }),
  };
};
