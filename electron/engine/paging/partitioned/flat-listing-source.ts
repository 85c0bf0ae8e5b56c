import type { ViewParams } from '../../../../shared/contract';
import type { ResourceDescriptor } from '../../resources/resource';
import type { PageSource, PageSourceOptions } from '../page-source';
import { createPartitionedPageSource } from './partitioned-page-source';
import { REQUEST_SIZE, s3ListingOpener } from './s3-listing-opener';

/** Pages a partition may fetch ahead: with 16 partitions, at most 64 pages (64k keys) held. */
export const PARTITION_AHEAD = 4;

export interface FlatListingOptions extends Omit<PageSourceOptions, 'extraInput' | 'onRetry'> {
  /** The engine's own page source for the same listing. */
  plain: PageSource;
  /** Partitions at once for a listing from the start; null keeps it sequential. */
  parallel: number | null;
}

const isFlatObjects = (resource: ResourceDescriptor, params: ViewParams): boolean =>
  resource.info.kind === 's3-objects' && !params.delimiter && !!params.bucket;

/**
 * The page source of a listing: for flat (recursive) S3 object listings, one that lists
 * partitions in parallel when asked to, and that always understands its own resume tokens;
 * for everything else, the engine's plain source unchanged. The page size bounds every request
 * it makes (discovery and partitions alike), as it bounds the sequential listing's MaxKeys.
 */
export const flatListingSource = (o: FlatListingOptions): PageSource => {
  if (!isFlatObjects(o.resource, o.params)) return o.plain;
  const { plain, parallel, params, pageSize, ...rest } = o;
  const size = Math.min(REQUEST_SIZE, Math.max(pageSize, o.resource.minPageSize));
  return createPartitionedPageSource({
    open: s3ListingOpener({ ...rest, bucket: params.bucket! }),
    bucket: params.bucket!,
    prefix: params.prefix ?? '',
    pageSize: size,
    parallel,
    ahead: PARTITION_AHEAD,
    requestSize: size,
    plain,
  });
};
