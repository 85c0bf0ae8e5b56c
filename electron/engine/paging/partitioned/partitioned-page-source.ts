import type { RawPage } from '../../resources/resource';
import type { PageSource } from '../page-source';
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

/** A running partitioned listing and the position of its next key. */
interface Session {
  after: string | null;
  signal: AbortSignal;
  stream: AsyncGenerator<S3Item[]>;
  buffer: S3Item[];
  ended: boolean;
}

const page = (
  o: PartitionedSourceOptions,
  token: string | null,
  items: S3Item[],
  more: boolean,
) => {
  const out: RawPage = { IsTruncated: more };
  if (items.length > 0) out.Contents = items;
  Object.assign(out, { Name: o.bucket, Prefix: o.prefix, MaxKeys: o.pageSize });
  out.KeyCount = items.length;
  if (token !== null) out.ContinuationToken = token;
  if (more) out.NextContinuationToken = encodeAfterToken(keyOf(items[items.length - 1]!));
  return out;
};

/**
 * A page source for flat object listings that lists partitions in parallel and hands the engine
 * the very pages a sequential listing with StartAfter would give: page(after k) is the first
 * `pageSize` keys after k, whatever the partitions. Positions, cursors and resume therefore work
 * unchanged in the engine; the next page's token is the last key (after-token.ts). The listing
 * keeps running between calls while they continue where the last one ended; a call from
 * anywhere else starts a new one there.
 *
 * When MaxItems stops inside one of its pages, the listing resumes after the last key given
 * (`resumeAfter`), not at botocore's "page token + items already taken": that count means
 * something only for the same page size, and a resumed listing may well use another.
 */
export const createPartitionedPageSource = (o: PartitionedSourceOptions): PageSource => {
  // Pages this source made (S3's own pages, from `plain`, keep botocore's positions).
  const ours = new WeakSet<RawPage>();
  let session: Session | null = null;
  const close = () => {
    void session?.stream.return(undefined);
    session = null;
  };
  const source: PageSource = async (tokens, signal) => {
    // S3's continuation token is a string; a map-valued token is another service's.
    const given = tokens?.ContinuationToken ?? null;
    const token = typeof given === 'string' ? given : null;
    if (token !== null && !isAfterToken(token)) return o.plain(tokens, signal);
    if (token === null && o.parallel === null) return o.plain(tokens, signal);
    const after = token === null ? null : decodeAfterToken(token);
    signal.throwIfAborted();
    if (token !== null && after === null) return o.plain(tokens, signal);
    if (!session || session.after !== after || session.signal !== signal) {
      close();
      const stream = partitionedObjects({
        open: o.open,
        prefix: o.prefix,
        startAfter: after,
        concurrency: o.parallel ?? 1,
        ahead: o.ahead,
        requestSize: o.requestSize,
        ...(o.splitRequestSize ? { splitRequestSize: o.splitRequestSize } : {}),
        signal,
      });
      session = { after, signal, stream, buffer: [], ended: false };
    }
    const s = session;
    try {
      // One key more than a page tells whether another page follows.
      while (!s.ended && s.buffer.length <= o.pageSize) {
        const next = await s.stream.next();
        if (next.done) s.ended = true;
        else for (const item of next.value) s.buffer.push(item);
      }
    } catch (error) {
      close();
      throw error;
    }
    const items = s.buffer.splice(0, o.pageSize);
    const more = s.buffer.length > 0;
    s.after = items.length > 0 ? keyOf(items[items.length - 1]!) : s.after;
    if (!more) close();
    const out = page(o, token, items, more);
    ours.add(out);
    return out;
  };
  source.resumeAfter = (given, kept) => {
    const contents = ours.has(given) && Array.isArray(given.Contents) ? given.Contents : [];
    const last = kept > 0 ? (contents[kept - 1] as S3Item | undefined) : undefined;
    return last ? { ContinuationToken: encodeAfterToken(keyOf(last)) } : null;
  };
  return source;
};
