import { ApiFailure, ALL_REGIONS, type PushedDown, type ViewSpec } from '../../../shared/contract';
import { listRegions } from '../aws/regions';
import type { ProfileOverrides } from '../aws/resolve-profile';
import { compileColumns } from '../filter/compile-columns';
import { compileFilter, type CompiledFilter } from '../filter/compile-filter';
import { createRowPlan, type RowPlan } from '../filter/row-plan';
import { getResource } from '../resources/registry';
import type { ResourceDescriptor } from '../resources/resource';
import type { RetryPolicy } from './backoff';
import { chunkStream, type ItemBudget } from './chunk-stream';
import { MergedListing, type ListingEntry } from './merged-listing';
import { listingSource } from './listing-source';
import { createPageSource } from './page-source';
import { sourceOptionsFor } from './source-options';
import { Prefetcher } from './prefetcher';
import { pushDown, pushedDownOf } from './push-down';
import { regionTurns, type RegionTurn } from './region-turns';
import { RowListing, type RowPosition } from './row-listing';
import { startPositions } from './start-positions';
import type { ViewCursor } from './view-cursor';

export interface OpenViewOptions {
  signal: AbortSignal;
  overrides?: ProfileOverrides;
  /** Pages requested ahead of what was pulled, per region. */
  prefetch?: number;
  /** Regions listed at once in an all-regions view. */
  concurrency?: number;
  retry?: RetryPolicy;
  /** Requests at once for a flat S3 object listing or log events from the start (listing-source.ts). */
  parallel?: number;
}

export interface OpenedView {
  resource: ResourceDescriptor;
  listing: MergedListing;
  fanOut: boolean;
  pageSize: number;
  /** What of the filter each request leaves to the service. */
  pushedDown: PushedDown | null;
}

/** A listing's required parameters (a bucket...) are there, or BAD_REQUEST naming the first missing. */
export const checkParams = (resource: ResourceDescriptor, spec: ViewSpec): void => {
  for (const param of resource.info.params) {
    if (param.required && !spec.params[param.name]) {
      throw ApiFailure.of(
        'BAD_REQUEST',
        `${resource.info.title} need a ${param.label.toLowerCase()}.`,
      );
    }
  }
};

/** Regions of an all-regions view: the enabled ones listed, the others reported as errors. */
const fanOutRegions = async (spec: ViewSpec, o: OpenViewOptions) => {
  const { regions } = await listRegions(spec.profile, o.signal, o.overrides);
  return regions.map((r) => ({ region: r.name, enabled: r.enabled }));
};

const notEnabled = (region: string): ListingEntry => ({
  region,
  listing: null,
  error: ApiFailure.of('REGION_NOT_ENABLED', `Region ${region} is not enabled for this account.`)
    .apiError,
  reported: false,
});

interface ViewParts {
  spec: ViewSpec;
  resource: ResourceDescriptor;
  filter: CompiledFilter | null;
  plan: RowPlan;
  budget: ItemBudget | null;
  fanOut: boolean;
  pageSize: number;
  o: OpenViewOptions;
}

/** One region's listing, from its client to its rows. */
const openEntry = async (
  v: ViewParts,
  region: string | null,
  position: RowPosition,
  turn: RegionTurn | undefined,
): Promise<RowListing> => {
  const { resource, spec, o } = v;
  const sourceOptions = await sourceOptionsFor({
    spec,
    resource,
    region,
    pushed: pushDown(resource, spec.params, v.filter),
    pageSize: v.pageSize,
    ...(o.overrides ? { overrides: o.overrides } : {}),
    ...(o.retry ? { retry: o.retry } : {}),
  });
  const plain = createPageSource(sourceOptions);
  // A page-mode filter sees each raw page, the service's tokens included: those pages come from
  // the service itself, never from a parallel listing (whose tokens are PageScope's).
  const parallel = spec.filter?.mode === 'page' ? null : (o.parallel ?? null);
  const source = listingSource({ ...sourceOptions, plain, parallel });
  const chunks = chunkStream({
    resource,
    source,
    start: position.at,
    takenBefore: position.taken,
    budget: v.budget,
    ...(turn ? { turn } : {}),
    signal: o.signal,
  });
  return new RowListing({
    resource,
    chunks: new Prefetcher(chunks, o.prefetch ?? 1),
    filter: v.filter,
    plan: v.plan,
    region: v.fanOut ? region : null,
    start: position,
  });
};

const regionsOf = async (v: Omit<ViewParts, 'plan' | 'budget'>, cursor: ViewCursor | null) => {
  if (!v.fanOut) {
    return [{ region: v.spec.region === ALL_REGIONS ? null : v.spec.region, enabled: true }];
  }
  if (cursor)
    return Object.entries(cursor.s).map(([region, s]) => ({ region, enabled: !s.failed }));
  return fanOutRegions(v.spec, v.o);
};

/** Build the listing of a view from its start, its startingToken, or a cursor. */
export const openView = async (
  spec: ViewSpec,
  cursor: ViewCursor | null,
  o: OpenViewOptions,
): Promise<OpenedView> => {
  const resource = getResource(spec.resource);
  checkParams(resource, spec);
  const filter = spec.filter?.expression.trim() ? compileFilter(spec.filter) : null;
  const added = compileColumns(spec.columns);
  const fanOut = resource.info.regional && spec.region === ALL_REGIONS;
  const pageSize = spec.pageSize ?? resource.defaultPageSize;
  const regions = await regionsOf({ spec, resource, filter, fanOut, pageSize, o }, cursor);
  // Positions are keyed by region in a fan-out and by '' for a single listing.
  const slot = (region: string | null) => (fanOut ? region! : '');
  const starts = startPositions(
    resource,
    spec,
    cursor,
    regions.map((r) => slot(r.region)),
  );
  const taken = Object.values(starts).reduce((sum, s) => sum + s.taken, 0);
  const budget = spec.maxItems ? { remaining: spec.maxItems - taken } : null;
  const plan = createRowPlan(resource, filter, fanOut, cursor?.p ?? null, added);
  const parts: ViewParts = { spec, resource, filter, plan, budget, fanOut, pageSize, o };
  // MaxItems is counted region after region, in the order listed, even while they run at once.
  const turns = fanOut && budget ? regionTurns(regions.length) : [];
  const entries = await Promise.all(
    regions.map(async ({ region, enabled }, i): Promise<ListingEntry> => {
      const position = enabled ? starts[slot(region)]!.pos : null;
      // A region with nothing to list counts nothing: the next one's turn need not wait for it.
      if (!position) turns[i]?.end();
      if (!enabled && !cursor) return notEnabled(region!);
      const turn = turns[i];
      const listing = position ? await openEntry(parts, region, position, turn) : null;
      const entry = { region: fanOut ? region : null, listing, error: null, reported: !enabled };
      return turn ? { ...entry, turn } : entry;
    }),
  );
  const listing = new MergedListing(entries, plan, fanOut, o.concurrency ?? 4);
  const pushedDown = pushedDownOf(spec.params, pushDown(resource, spec.params, filter));
  return { resource, listing, fanOut, pageSize, pushedDown };
};
