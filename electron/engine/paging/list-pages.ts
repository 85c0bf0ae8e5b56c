import { ALL_REGIONS, ApiFailure, type ApiError, type ViewSpec } from '../../../shared/contract';
import { getResource } from '../resources/registry';
import type { RawPage, ResourceDescriptor } from '../resources/resource';
import type { Chunk, ItemBudget } from './chunk-stream';
import { checkParams } from './open-view';
import type { PageAt } from './page-model';
import { Prefetcher } from './prefetcher';
import {
  regionChunks,
  regionPlans,
  type RegionPagesOptions,
  type RegionPlan,
} from './region-pages';
import { encodeRegionsToken } from './regions-token';
import { encodeBotoToken, type BotoToken } from './resume-token';

export type PageEvent =
  | { type: 'page'; region: string | null; page: RawPage }
  | { type: 'region-error'; region: string; error: ApiError };

export type ListPagesOptions = RegionPagesOptions;

/** The raw pages of a listing, and the NextToken once they ended (when MaxItems stopped them). */
export interface PageListing {
  resource: ResourceDescriptor;
  events: AsyncGenerator<PageEvent>;
  resumeToken(): string | null;
}

/** Regions whose first pages are requested while an earlier region is read (no MaxItems). */
const REGIONS_AHEAD = 3;

type Live = RegionPlan & { start: PageAt };
const isLive = (plan: RegionPlan | undefined): plan is Live =>
  !!plan && plan.enabled && plan.start !== null;

const notEnabled = (region: string): PageEvent => ({
  type: 'region-error',
  region,
  error: ApiFailure.of('REGION_NOT_ENABLED', `Region ${region} is not enabled for this account.`)
    .apiError,
});

interface StartedRegion {
  chunks: Prefetcher<Chunk>;
  first: Promise<IteratorResult<Chunk>>;
}

/** Each region's page stream, started on first use: its first page is requested at once. */
const regionStarter = (open: (plan: Live) => AsyncGenerator<Chunk>) => {
  const started = new Map<Live, StartedRegion>();
  return (plan: Live): StartedRegion => {
    let entry = started.get(plan);
    if (!entry) {
      const chunks = new Prefetcher(open(plan), 1);
      started.set(plan, (entry = { chunks, first: chunks.next() }));
    }
    return entry;
  };
};

/**
 * Every raw page of a view, in order: region after region for an all-regions view (in the order
 * the fan-out lists them), failed regions reported as events and skipped. With MaxItems the
 * regions share one budget and are read strictly one after another, so the items counted are
 * the first ones in that order; without it the next regions' first pages are fetched early.
 */
export const listPages = async (
  spec: ViewSpec,
  options: ListPagesOptions,
): Promise<PageListing> => {
  const resource = getResource(spec.resource);
  checkParams(resource, spec);
  const fanOut = resource.info.regional && spec.region === ALL_REGIONS;
  const plans = await regionPlans(spec, resource, fanOut, options);
  const budget: ItemBudget | null = spec.maxItems ? { remaining: spec.maxItems } : null;
  const stopped = new Map<RegionPlan, BotoToken>();

  async function* events(): AsyncGenerator<PageEvent> {
    // Also aborted when the consumer stops early, so requests made ahead stop with it.
    const controller = new AbortController();
    const abort = () => controller.abort();
    options.signal.addEventListener('abort', abort);
    const o = { ...options, signal: controller.signal };
    const start = regionStarter((plan) => regionChunks(spec, resource, plan, budget, o));
    try {
      for (const [i, plan] of plans.entries()) {
        if (!plan.enabled) yield notEnabled(plan.region!);
        if (!isLive(plan)) continue;
        if (!budget)
          plans
            .slice(i + 1, i + 1 + REGIONS_AHEAD)
            .filter(isLive)
            .forEach(start);
        const { chunks, first } = start(plan);
        try {
          for (let r = await first; !r.done; r = await chunks.next()) {
            if (r.value.stoppedAt) stopped.set(plan, r.value.stoppedAt);
            if (r.value.fetched) yield { type: 'page', region: plan.region, page: r.value.page };
          }
        } catch (error) {
          if (!fanOut || !(error instanceof ApiFailure) || controller.signal.aborted) throw error;
          yield { type: 'region-error', region: plan.region!, error: error.apiError };
        }
      }
    } finally {
      controller.abort();
      options.signal.removeEventListener('abort', abort);
    }
  }

  // botocore's token for one listing; for all regions each region's, null where it is complete.
  const resumeToken = (): string | null => {
    if (stopped.size === 0) return null;
    if (!fanOut) return encodeBotoToken(stopped.get(plans[0]!)!);
    const regions: Record<string, string | null> = {};
    for (const plan of plans) {
      const at = stopped.get(plan);
      regions[plan.region!] = at ? encodeBotoToken(at) : null;
    }
    return encodeRegionsToken(regions);
  };

  return { resource, events: events(), resumeToken };
};
