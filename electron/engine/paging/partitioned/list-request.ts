import type { PageSource } from '../page-source';

/** One listing the partitioned reader needs: discovery (with a delimiter) or a key range. */
export interface ListRequest {
  prefix: string;
  delimiter?: string;
  /** S3's StartAfter: keys strictly greater than this. */
  startAfter?: string;
  /** Keys per request, when fewer than S3's 1000 are expected to be needed. */
  maxKeys?: number;
}

/**
 * Opens a page source for a request: the engine's, so that every request keeps its retries,
 * backoff, error mapping and abort (paging/page-source.ts).
 */
export type OpenListing = (request: ListRequest) => PageSource;

/** The operation every request of a partitioned listing makes, as errors name it. */
export const LIST_OPERATION = 's3:ListObjectsV2';

/** An item of a ListObjectsV2 page (an SDK _Object). */
export type S3Item = Record<string, unknown> & { Key?: unknown };

export const keyOf = (item: S3Item): string => (typeof item.Key === 'string' ? item.Key : '');
