import type { RawPage } from '../../resources/resource';
import { compareKeys } from './key-order';
import type { OpenListing } from './list-request';

export interface SplitOptions {
  open: OpenListing;
  prefix: string;
  /** Stop descending once there are this many folders. */
  target: number;
  /** Folders listed at once. */
  concurrency: number;
  /** Levels of folders below the prefix to descend at most. */
  maxLevels: number;
  signal: AbortSignal;
}

const prefixesOf = (page: RawPage): string[] => {
  const list = Array.isArray(page.CommonPrefixes) ? (page.CommonPrefixes as RawPage[]) : [];
  return list.map((p) => p.Prefix).filter((p): p is string => typeof p === 'string');
};

/** Runs `work` over `items` with at most `limit` at a time, results in input order. */
const mapLimit = async <T, R>(items: T[], limit: number, work: (item: T) => Promise<R>) => {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await work(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
};

/**
 * Split points for a flat listing: the folders ('/'-delimited common prefixes) found by listing
 * level by level, one page per folder, until there are `target` of them. Any sorted strings split
 * the key space exactly (a range is (a, b]); folders only make the ranges even. A folder with no
 * subfolders stays whole; a level of more than one page contributes its first page's folders.
 */
export const findSplitPoints = async (o: SplitOptions): Promise<string[]> => {
  // A leaf is a folder not yet split; `open` once it is known to have no subfolders.
  let leaves = [{ folder: o.prefix, open: true }];
  for (let level = 0; level < o.maxLevels && leaves.length < o.target; level += 1) {
    const open = leaves.filter((l) => l.open);
    if (open.length === 0) break;
    const children = await mapLimit(open, o.concurrency, async ({ folder }) =>
      prefixesOf(await o.open({ prefix: folder, delimiter: '/' })(null, o.signal)),
    );
    const split = new Map(open.map((l, i) => [l.folder, children[i]!]));
    leaves = leaves.flatMap((leaf) => {
      const subfolders = split.get(leaf.folder);
      if (!subfolders) return [leaf];
      if (subfolders.length === 0) return [{ folder: leaf.folder, open: false }];
      return subfolders.map((folder) => ({ folder, open: true }));
    });
  }
  return leaves
    .map((l) => l.folder)
    .filter((folder) => folder !== o.prefix)
    .sort(compareKeys);
};
