import type { RawPage } from '../../resources/resource';
import { compareKeys } from './key-order';
import { TokenCycleGuard } from '../token-cycle';
import { LIST_OPERATION, type OpenListing } from './list-request';

export interface SplitOptions {
  open: OpenListing;
  prefix: string;
  /** Stop descending once there are this many folders. */
  target: number;
  /** Folders listed at once. */
  concurrency: number;
  /** Levels of folders below the prefix to descend at most. */
  maxLevels: number;
  /** Entries per discovery request (S3's 1000; tests use fewer to reach truncated levels). */
  requestSize?: number;
  signal: AbortSignal;
}

/** Split points in key order, and how to get the ones after them, if a listing had more. */
export interface Splits {
  points: string[];
  more: (() => Promise<Splits>) | null;
}

interface Listed {
  folders: string[];
  token: string | null;
}

const listed = (page: RawPage): Listed => {
  const list = Array.isArray(page.CommonPrefixes) ? (page.CommonPrefixes as RawPage[]) : [];
  const token = page.IsTruncated === true ? page.NextContinuationToken : null;
  return {
    folders: list.map((p) => p.Prefix).filter((p): p is string => typeof p === 'string'),
    token: typeof token === 'string' ? token : null,
  };
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

const listFolder = (o: SplitOptions, folder: string, token: string | null) =>
  o
    .open({ prefix: folder, delimiter: '/', ...(o.requestSize ? { maxKeys: o.requestSize } : {}) })(
      token ? { ContinuationToken: token } : null,
      o.signal,
    )
    .then(listed);

/** Where a folder's listing stopped: the folder, and its continuation token if it had more. */
interface Cut {
  folder: string;
  token: string | null;
}

/**
 * The rest of the listings that the last split point came from, nearest folder first: the
 * folder's further pages, then its parent's, and so on up. Every folder they give comes after
 * all the split points so far, so they only ever extend the list.
 */
const rest = (o: SplitOptions, cuts: Cut[], cycle: TokenCycleGuard): Splits['more'] => {
  const [cut, ...up] = cuts;
  if (!cut) return null;
  if (cut.token === null) return rest(o, up, cycle);
  return async () => {
    const page = await listFolder(o, cut.folder, cut.token);
    if (page.token !== null) cycle.see(page.token);
    return {
      points: page.folders,
      more: rest(o, [{ folder: cut.folder, token: page.token }, ...up], cycle),
    };
  };
};

/**
 * Split points for a flat listing: the folders ('/'-delimited common prefixes) found by listing
 * level by level, one page per folder, until there are `target` of them. Any sorted strings split
 * the key space exactly (a range is (a, b]); folders only make the ranges even. A folder with no
 * subfolders stays whole. Where the listings behind the last split point had more pages, `more`
 * lists them when the ranges get there; other folders' further pages are left out (their last
 * range is then longer).
 */
export const findSplitPoints = async (o: SplitOptions): Promise<Splits> => {
  // A leaf is a folder not yet split; `open` until it is known to have no subfolders.
  let leaves = [{ folder: o.prefix, open: true, cuts: [] as Cut[] }];
  for (let level = 0; level < o.maxLevels && leaves.length < o.target; level += 1) {
    const open = leaves.filter((l) => l.open);
    if (open.length === 0) break;
    const pages = await mapLimit(open, o.concurrency, (l) => listFolder(o, l.folder, null));
    const split = new Map(open.map((l, i) => [l.folder, pages[i]!]));
    leaves = leaves.flatMap((leaf) => {
      const page = split.get(leaf.folder);
      if (!page) return [leaf];
      if (page.folders.length === 0) return [{ ...leaf, open: false }];
      const cuts = [{ folder: leaf.folder, token: page.token }, ...leaf.cuts];
      return page.folders.map((folder) => ({ folder, open: true, cuts }));
    });
  }
  const inner = leaves.filter((l) => l.folder !== o.prefix);
  inner.sort((a, b) => compareKeys(a.folder, b.folder));
  const last = inner.at(-1);
  return {
    points: inner.map((l) => l.folder),
    more: last ? rest(o, last.cuts, new TokenCycleGuard(LIST_OPERATION)) : null,
  };
};
