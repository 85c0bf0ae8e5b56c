import type { RawPage } from '../../resources/resource';
import type { PageSource } from '../page-source';
import { createRepagedSource } from '../repaged-source';
import { decodeAfterToken, encodeAfterToken, isAfterToken } from './after-token';
import { keyOf, type OpenListing, type S3Item } from './list-request';
import { partitionedObjects } from './partitioned-listing';

export interface PartitionedSourceOptions {
  open: OpenListing;
  bucket: string;
  prefix: string;
  /** Keys per page given to the engine. */
  pageSize: number;
  /** Partitions at once for a listing from the start; null lists from the start with `plain`. */
  parallel: number | null;
  ahead: number;
  requestSize: number;
  splitRequestSize?: number;
  /** The engine's own page source: S3 continuation tokens stay on it. */
  plain: PageSource;
}

/**
 * A page source for flat object listings that lists partitions in parallel and hands the engine
 * the pages a sequential listing with StartAfter would give (paging/repaged-source.ts); the next
 * page's token is the last key (after-token.ts).
 */
export const createPartitionedPageSource = (o: PartitionedSourceOptions): PageSource =>
  createRepagedSource<S3Item>({
    tokenName: 'ContinuationToken',
    tokens: {
      isOurs: isAfterToken,
      valid: (token) => decodeAfterToken(token) !== null,
      after: (item) => encodeAfterToken(keyOf(item)),
    },
    pageSize: o.pageSize,
    parallel: o.parallel !== null,
    plain: o.plain,
    open: (token, signal) =>
      partitionedObjects({
        open: o.open,
        prefix: o.prefix,
        startAfter: token === null ? null : decodeAfterToken(token),
        concurrency: o.parallel ?? 1,
        ahead: o.ahead,
        requestSize: o.requestSize,
        ...(o.splitRequestSize ? { splitRequestSize: o.splitRequestSize } : {}),
        signal,
      }),
    page: (items, token, next) => {
      const out: RawPage = { IsTruncated: next !== null };
      if (items.length > 0) out.Contents = items;
      Object.assign(out, { Name: o.bucket, Prefix: o.prefix, MaxKeys: o.pageSize });
      out.KeyCount = items.length;
      if (token !== null) out.ContinuationToken = token;
      if (next !== null) out.NextContinuationToken = next;
      return out;
    },
  });
