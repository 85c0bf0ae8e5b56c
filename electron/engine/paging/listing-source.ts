import type { PageSource, PageSourceOptions } from './page-source';
import { flatListingSource } from './partitioned/flat-listing-source';
import { logEventsSource } from './time-sliced/log-events-source';

export interface ListingSourceOptions extends PageSourceOptions {
  /** The engine's own page source for the same listing. */
  plain: PageSource;
  /** Requests at once for a listing from the start; null keeps it sequential. */
  parallel: number | null;
}

/**
 * The page source of a listing: PageScope's own parallel listing where a resource has one (flat
 * S3 object listings by key range, log events by time slice), which also understands its own
 * resume tokens; for everything else, the engine's plain source unchanged.
 */
export const listingSource = (o: ListingSourceOptions): PageSource => {
  switch (o.resource.info.kind) {
    case 's3-objects':
      return flatListingSource(o);
    case 'logs-events':
      return logEventsSource(o);
    default:
      return o.plain;
  }
};
