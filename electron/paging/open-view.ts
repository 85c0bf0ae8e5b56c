import { ApiFailure, ALL_REGIONS, type ViewSpec } from '../../shared/contract';
import { clientFor } from '../aws/clients';
import { listRegions } from '../aws/regions';
import type { ProfileOverrides } from '../aws/resolve-profile';
import { compileFilter } from '../filter/compile-filter';
import { createRowPlan } from '../filter/row-plan';
import { getResource } from '../resources/registry';
import type { ResourceDescriptor } from '../resources/resource';
import type { RetryPolicy } from './backoff';
import { chunkStream, type ItemBudget } from './chunk-stream';
import { MergedListing, type ListingEntry } from './merged-listing';
import { createPageSource } from './page-source';
import { Prefetcher } from './prefetcher';
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
}

export interface OpenedView {
  resource: ResourceDescriptor;
  listing: MergedListing;
  fanOut: boolean;
  pageSize: number;
}

const checkParams = (resource: ResourceDescriptor, spec: ViewSpec): void => {
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

/** Build the listing of a view from its start, its startingToken, or a cursor. */
export const openView = async (
  spec: ViewSpec,
  cursor: ViewCursor | null,
  o: OpenViewOptions,
): Promise<OpenedView> => {
  const resource = getResource(spec.resource);
  checkParams(resource, spec);
  const filter = spec.filter?.expression.trim() ? compileFilter(spec.filter) : null;
  const fanOut = resource.info.regional && spec.region === ALL_REGIONS;
  const pageSize = spec.pageSize ?? resource.defaultPageSize;
  const regions = !fanOut
    ? [{ region: spec.region === ALL_REGIONS ? null : spec.region, enabled: true }]
    : cursor
      ? Object.entries(cursor.s).map(([region, s]) => ({ region, enabled: !s.failed }))
      : await fanOutRegions(spec, o);
  // Positions are keyed by region in a fan-out and by '' for a single listing.
  const slot = (region: string | null) => (fanOut ? region! : '');
  const starts = startPositions(
    resource,
    spec,
    cursor,
    regions.map((r) => slot(r.region)),
  );
  let taken = 0;
  for (const s of Object.values(starts)) taken += s.taken;
  const budget: ItemBudget | null = spec.maxItems ? { remaining: spec.maxItems - taken } : null;
  const plan = createRowPlan(resource, filter, fanOut, cursor?.p ?? null);
  const entries = await Promise.all(
    regions.map(async ({ region, enabled }): Promise<ListingEntry> => {
      const start = starts[slot(region)]!;
      if (!enabled)
        return cursor
          ? { region, listing: null, error: null, reported: true }
          : notEnabled(region!);
      const {
        client,
        profile,
        region: resolved,
      } = await clientFor(spec.profile, region, resource.service, o.overrides);
      const source = createPageSource({
        resource,
        client,
        params: spec.params,
        pageSize,
        ...(o.retry ? { retry: o.retry } : {}),
        errors: {
          profile: profile.name,
          kind: profile.kind,
          operation: resource.operation,
          target: resource.target(spec.params),
          region: resolved,
        },
      });
      const rowListing = (position: RowPosition) =>
        new RowListing({
          resource,
          chunks: new Prefetcher(
            chunkStream({
              resource,
              source,
              start: position.at,
              takenBefore: position.taken,
              budget,
              signal: o.signal,
            }),
            o.prefetch ?? 1,
          ),
          filter,
          plan,
          region: fanOut ? region : null,
          start: position,
        });
      return {
        region: fanOut ? region : null,
        listing: start.pos ? rowListing(start.pos) : null,
        error: null,
        reported: false,
      };
    }),
  );
  return {
    resource,
    listing: new MergedListing(entries, plan, fanOut, o.concurrency ?? 4),
    fanOut,
    pageSize,
  };
};
