import type { Row } from '../../../../shared/contract';
import { createRowPlan } from '../../../../electron/engine/filter/row-plan';
import { chunkStream, type ItemBudget } from '../../../../electron/engine/paging/chunk-stream';
import { MergedListing } from '../../../../electron/engine/paging/merged-listing';
import { FIRST_PAGE } from '../../../../electron/engine/paging/page-model';
import type { PageSource } from '../../../../electron/engine/paging/page-source';
import { Prefetcher } from '../../../../electron/engine/paging/prefetcher';
import { RowListing, type RowPosition } from '../../../../electron/engine/paging/row-listing';
import type { ResourceDescriptor } from '../../../../electron/engine/resources/resource';
import { s3Objects } from '../../../../electron/engine/resources/s3-objects';

/** A ListObjectsV2-like service over `keys` with `folders` as CommonPrefixes on each page. */
export const fakeSource =
  (keys: string[], pageSize: number, calls = { count: 0 }, folders = false): PageSource =>
  async (tokens) => {
    calls.count += 1;
    const from = tokens?.ContinuationToken ? Number(tokens.ContinuationToken) : 0;
    const to = Math.min(keys.length, from + pageSize);
    return {
      Contents: keys.slice(from, to).map((Key) => ({ Key, Size: Key.length })),
      CommonPrefixes: folders ? [{ Prefix: `folder-${from}/` }] : undefined,
      IsTruncated: to < keys.length,
      NextContinuationToken: to < keys.length ? String(to) : undefined,
    };
  };

export const keysOf = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `k${String(i).padStart(5, '0')}`);

export interface FakeListingOptions {
  source: PageSource;
  resource?: ResourceDescriptor;
  start?: RowPosition;
  maxItems?: number;
  ahead?: number;
  signal?: AbortSignal;
}

/** The engine's cursor stack (chunks, prefetch, rows, merge) over a fake page source. */
export const fakeListing = (o: FakeListingOptions): MergedListing => {
  const resource = o.resource ?? s3Objects;
  const start = o.start ?? { at: FIRST_PAGE, skip: 0, taken: 0 };
  const budget: ItemBudget | null = o.maxItems ? { remaining: o.maxItems - start.taken } : null;
  const plan = createRowPlan(resource, null, false);
  const signal = o.signal ?? new AbortController().signal;
  const chunks = new Prefetcher(
    chunkStream({
      resource,
      source: o.source,
      start: start.at,
      takenBefore: start.taken,
      budget,
      signal,
    }),
    o.ahead ?? 1,
  );
  const listing = new RowListing({ resource, chunks, filter: null, plan, region: null, start });
  return new MergedListing(
    [{ region: null, listing, error: null, reported: false }],
    plan,
    false,
    1,
  );
};

export const drain = async (listing: MergedListing, target = 7): Promise<Row[]> => {
  const rows: Row[] = [];
  while (!listing.complete)
    rows.push(...(await listing.nextBatch({ target, pageBudget: 1000 })).rows);
  return rows;
};
