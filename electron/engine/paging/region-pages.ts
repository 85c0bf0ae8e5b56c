import { ALL_REGIONS, type ViewSpec } from '../../../shared/contract';
import { listRegions } from '../aws/regions';
import type { ProfileOverrides } from '../aws/resolve-profile';
import type { ResourceDescriptor } from '../resources/resource';
import type { RetryPolicy } from './backoff';
import { chunkStream, type Chunk, type ItemBudget } from './chunk-stream';
import type { PageAt } from './page-model';
import { createPageSource } from './page-source';
import { sourceOptionsFor } from './source-options';
import { startPositions } from './start-positions';

export interface RegionPagesOptions {
  signal: AbortSignal;
  overrides?: ProfileOverrides;
  retry?: RetryPolicy;
}

/** One region of a raw-page listing (the only one when it is not an all-regions view). */
export interface RegionPlan {
  /** null for a single-region (or global) listing. */
  region: string | null;
  enabled: boolean;
  /** Where the region starts; null when the starting token says it is complete. */
  start: PageAt | null;
}

/** The regions a view lists, in the fan-out's order, each with its start from the token. */
export const regionPlans = async (
  spec: ViewSpec,
  resource: ResourceDescriptor,
  fanOut: boolean,
  o: RegionPagesOptions,
): Promise<RegionPlan[]> => {
  const regions = fanOut
    ? (await listRegions(spec.profile, o.signal, o.overrides)).regions.map((r) => ({
        region: r.name as string | null,
        enabled: r.enabled,
      }))
    : [{ region: spec.region === ALL_REGIONS ? null : spec.region, enabled: true }];
  const slots = regions.map((r) => (fanOut ? r.region! : ''));
  const starts = startPositions(resource, spec, null, slots);
  return regions.map((r, i) => ({ ...r, start: starts[slots[i]!]!.pos?.at ?? null }));
};

/**
 * One region's pages as botocore's PageIterator gives them: the starting token's truncation,
 * MaxItems counted on the primary result key, and (like the AWS CLI) the page-size parameter only
 * when --page-size was given, so page boundaries are the CLI's too.
 */
export async function* regionChunks(
  spec: ViewSpec,
  resource: ResourceDescriptor,
  plan: RegionPlan & { start: PageAt },
  budget: ItemBudget | null,
  o: RegionPagesOptions,
): AsyncGenerator<Chunk> {
  const source = createPageSource(
    await sourceOptionsFor({
      spec,
      resource,
      region: plan.region,
      pushed: { params: spec.params, input: {} },
      pageSize: spec.pageSize ?? resource.defaultPageSize,
      pageSizeOnlyWhenGiven: true,
      ...(o.overrides ? { overrides: o.overrides } : {}),
      ...(o.retry ? { retry: o.retry } : {}),
    }),
  );
  yield* chunkStream({
    resource,
    source,
    start: plan.start,
    takenBefore: 0,
    budget,
    signal: o.signal,
  });
}
