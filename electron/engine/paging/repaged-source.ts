import type { RawPage } from '../resources/resource';
import type { PageSource } from './page-source';

/** A position token of PageScope's own (an after-token), carried in the service's token slot. */
export interface AfterTokens<Item> {
  /** Whether a token is one of ours (the service's own tokens go to the plain source). */
  isOurs(token: string): boolean;
  /** Whether one of ours decodes to a position; a mangled one goes to the service, which refuses it. */
  valid(token: string): boolean;
  /** The token of the position right after an item. */
  after(item: Item): string;
}

export interface RepagedSourceOptions<Item> {
  /** The input and output token of the operation (S3's ContinuationToken, Logs' nextToken). */
  tokenName: string;
  tokens: AfterTokens<Item>;
  /** Items per page given to the engine. */
  pageSize: number;
  /** Lists from the start in parallel; false leaves a listing from the start to `plain`. */
  parallel: boolean;
  /** The engine's own page source: the service's tokens stay on it. */
  plain: PageSource;
  /** Items in order from the start (token null) or after one of our tokens, in batches. */
  open(token: string | null, signal: AbortSignal): AsyncGenerator<Item[]>;
  /** The page the engine gets: its items, the token it was asked with and the next one. */
  page(items: Item[], token: string | null, next: string | null): RawPage;
}

/** A running listing and the token of the position of its next item. */
interface Session<Item> {
  token: string | null;
  signal: AbortSignal;
  stream: AsyncGenerator<Item[]>;
  buffer: Item[];
  ended: boolean;
}

/**
 * A page source over a listing PageScope runs itself (several requests at once), which hands the
 * engine the very pages a sequential listing from an after-token would give: page(after x) is the
 * first `pageSize` items after x. Positions, cursors and resume therefore work unchanged in the
 * engine. The listing keeps running between calls while they continue where the last one
 * ended; a call from anywhere else starts a new one there.
 *
 * When MaxItems stops inside one of its pages, the listing resumes after the last item given
 * (`resumeAfter`), not at botocore's "page token + items already taken": that count means
 * something only for the same page size, and a resumed listing may well use another.
 */
export const createRepagedSource = <Item>(o: RepagedSourceOptions<Item>): PageSource => {
  // Pages this source made (the service's own pages, from `plain`, keep botocore's positions).
  const ours = new WeakMap<RawPage, Item[]>();
  let session: Session<Item> | null = null;
  const close = () => {
    void session?.stream.return(undefined);
    session = null;
  };
  const source: PageSource = async (tokens, signal) => {
    // A token of another type is not the service's string token: the service judges it.
    const given = tokens?.[o.tokenName] ?? null;
    const token = typeof given === 'string' ? given : null;
    if (token === null ? !o.parallel : !o.tokens.isOurs(token) || !o.tokens.valid(token)) {
      return o.plain(tokens, signal);
    }
    signal.throwIfAborted();
    if (!session || session.token !== token || session.signal !== signal) {
      close();
      session = { token, signal, stream: o.open(token, signal), buffer: [], ended: false };
    }
    const s = session;
    try {
      // One item more than a page tells whether another page follows.
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
    if (items.length > 0) s.token = o.tokens.after(items[items.length - 1]!);
    if (!more) close();
    const out = o.page(items, token, more ? s.token : null);
    ours.set(out, items);
    return out;
  };
  source.resumeAfter = (given, kept) => {
    const last = kept > 0 ? ours.get(given)?.[kept - 1] : undefined;
    return last === undefined ? null : { [o.tokenName]: o.tokens.after(last) };
  };
  return source;
};
