import type { RawPage } from '../../resources/resource';
import type { PageSource } from '../page-source';
import { ReadAhead } from '../read-ahead';
import type { TokenValues } from '../resume-token';
import { TokenCycleGuard } from '../token-cycle';
import { compareKeys } from './key-order';
import { keyOf, LIST_OPERATION, type S3Item } from './list-request';

const contentsOf = (page: RawPage): S3Item[] =>
  Array.isArray(page.Contents) ? (page.Contents as S3Item[]) : [];

/**
 * Lists one key range (after `low`, up to and including `high`, or to the end when high is null)
 * in the background, at most `ahead` pages before they are taken. The range's first request
 * starts after `low` (its page source carries StartAfter); the listing stops at the first key past
 * `high`, so neighbouring ranges neither overlap nor leave a gap.
 */
export class PartitionReader {
  /** Keys read in the range so far. */
  keys = 0;
  private readonly pages: ReadAhead<S3Item[]>;

  /**
   * `open(n)` gives a page source asking for n keys per request; `expected` is how many keys the
   * range likely holds (from earlier ranges), so that its last request does not fetch a full page
   * of keys past its end. Too low an estimate only costs another request.
   */
  constructor(
    private readonly open: (maxKeys: number) => PageSource,
    private readonly requestSize: number,
    private readonly expected: number | null,
    private readonly high: string | null,
    ahead: number,
    private readonly signal: AbortSignal,
  ) {
    this.pages = new ReadAhead(this.range(), ahead, signal);
  }

  /** The next page of the range's objects, or null when the range is done. */
  next(): Promise<S3Item[] | null> {
    return this.pages.next();
  }

  private async *range(): AsyncGenerator<S3Item[]> {
    let tokens: TokenValues | null = null;
    const cycle = new TokenCycleGuard(LIST_OPERATION);
    for (;;) {
      const page: RawPage = await this.open(this.nextSize())(tokens, this.signal);
      const { items, past } = this.inRange(contentsOf(page));
      this.keys += items.length;
      if (items.length > 0) yield items;
      const token = page.NextContinuationToken;
      if (past || page.IsTruncated !== true || typeof token !== 'string') return;
      cycle.see(token);
      tokens = { ContinuationToken: token };
    }
  }

  private nextSize(): number {
    if (this.expected === null || this.high === null) return this.requestSize;
    const left = this.expected - this.keys;
    if (left <= 0) return this.requestSize;
    return Math.min(this.requestSize, Math.ceil(left * 1.2) + 20);
  }

  private inRange(items: S3Item[]): { items: S3Item[]; past: boolean } {
    const { high } = this;
    if (high === null || items.length === 0) return { items, past: false };
    if (compareKeys(keyOf(items[items.length - 1]!), high) <= 0) return { items, past: false };
    const end = items.findIndex((item) => compareKeys(keyOf(item), high) > 0);
    return { items: items.slice(0, end), past: true };
  }
}
