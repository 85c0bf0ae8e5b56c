import {
  ALL_REGIONS,
  type RegionError,
  type Summary,
  type ViewSpec,
} from '../../../shared/contract';
import type { ProfileOverrides } from '../aws/resolve-profile';
import { listRows } from '../paging/list-rows';
import { compileColumns } from '../filter/compile-columns';
import { columnInfo } from '../resources/resource';
import { getResource } from '../resources/registry';
import { createSummaryFold } from './summary-fold';

export interface SummarizeOptions {
  /** Groupings; the resource's own (and Region over all regions) when not given. */
  by?: readonly string[];
  depth: number;
  top: number;
  signal: AbortSignal;
  overrides?: ProfileOverrides;
  /** Key ranges a flat s3-objects listing takes at once (its rows in the same order). */
  parallel?: number;
  /**
   * After each batch, for a panel that fills in live: the summary so far, computed only when
   * called (a throttled caller skips most).
   */
  onProgress?(current: () => Summary): void;
  /** A region of an all-regions view that failed; the others are still summarised. */
  onRegionError?(error: RegionError): Promise<void> | void;
}

/**
 * Key ranges a summary of a flat object listing reads at once. Each range holds a few pages
 * ahead; eight keep a summary of any bucket within about 50 MB of heap while still listing
 * several times faster than one cursor at real S3 latencies.
 */
export const SUMMARY_PARALLEL = 8;

const REGION = { id: 'Region', label: 'Region', type: 'text' } as const;

/** The groupings a summary of this view takes when none are asked for. */
export const defaultSummaryBy = (spec: ViewSpec): string[] => {
  const own = getResource(spec.resource).summaryBy;
  return spec.region === ALL_REGIONS ? [...own, 'Region'] : [...own];
};

/**
 * Summarise every row of a view (its filter applied) while listing it: the rows themselves are
 * never kept, so memory is bounded by the number of groups, not of rows. A folder view counts
 * everything under its prefix, as `du` does: it is summarised as the flat listing it shows the
 * top of.
 */
export const summarizeView = async (
  view: ViewSpec,
  options: SummarizeOptions,
): Promise<Summary> => {
  const { delimiter: _, ...params } = view.params;
  const spec = { ...view, params };
  const resource = getResource(spec.resource);
  // The view's added columns (a tag, a path) group like the resource's own.
  const columns = columnInfo([...resource.columns, ...compileColumns(spec.columns ?? [])]);
  const fold = createSummaryFold(
    {
      by: options.by ?? defaultSummaryBy(spec),
      depth: options.depth,
      top: options.top,
    },
    spec.region === ALL_REGIONS ? [...columns, REGION] : columns,
  );
  const batches = listRows(spec, {
    signal: options.signal,
    ...(options.overrides ? { overrides: options.overrides } : {}),
    ...(options.parallel ? { parallel: options.parallel } : {}),
  });
  for await (const batch of batches) {
    fold.add(batch.columns, batch.rows);
    for (const error of batch.regionErrors) await options.onRegionError?.(error);
    options.onProgress?.(fold.result);
  }
  return fold.result();
};
