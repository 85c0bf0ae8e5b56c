import type { RawPage, ResourceDescriptor } from '../resources/resource';
import {
  leftTruncate,
  nextTokens,
  nullTokens,
  primaryOf,
  repeatedToken,
  rightTruncate,
  sameTokens,
  type PageAt,
} from './page-model';
import { KeyAdvance } from './key-advance';
import type { PageSource } from './page-source';
import type { RegionTurn } from './region-turns';
import { tokenText, type BotoToken } from './resume-token';
import { TokenCycleGuard } from './token-cycle';

/** One fetched page, already cut to the listing's starting token and MaxItems. */
export interface Chunk {
  at: PageAt;
  /** False for the empty chunk that only says MaxItems was used up before this page. */
  fetched: boolean;
  page: RawPage;
  /** Primary results in `page` (what MaxItems counts). */
  units: number;
  /** Primary results taken by this listing up to and including this page. */
  takenAfter: number;
  /** Where the next page is, or null when the listing ended. */
  next: PageAt | null;
  /** Set when MaxItems ended the listing: where a later listing resumes. */
  stoppedAt: BotoToken | null;
}

/**
 * What is left of MaxItems. One budget is shared by every region of a fan-out so that MaxItems
 * caps the merged total; claims are synchronous, so concurrent regions never overshoot, and
 * taken in region order when regions are listed at once (ChunkStreamOptions.turn).
 */
export interface ItemBudget {
  remaining: number;
}

export interface ChunkStreamOptions {
  resource: ResourceDescriptor;
  source: PageSource;
  start: PageAt;
  takenBefore: number;
  budget: ItemBudget | null;
  /** In an all-regions listing with MaxItems: when this region may count (region-turns.ts). */
  turn?: RegionTurn;
  signal: AbortSignal;
}

const boto = (o: ChunkStreamOptions, at: PageAt, amount: number | null): BotoToken => ({
  tokens: at.tokens ?? nullTokens(o.resource),
  truncateAmount: amount,
});

/**
 * Where a listing that MaxItems stopped after `kept` results of `page` resumes: the source's own
 * position right after them when it has one (a partitioned listing's last key), else botocore's
 * (the page's tokens and the results already taken from it).
 */
const stoppedInside = (o: ChunkStreamOptions, at: PageAt, page: RawPage, kept: number) => {
  const after = o.source.resumeAfter?.(page, kept) ?? null;
  return after ? { tokens: after, truncateAmount: null } : boto(o, at, kept + (at.trunc ?? 0));
};

/** The empty chunk that says MaxItems was used up before the page at `at`. */
const usedUp = (o: ChunkStreamOptions, at: PageAt, taken: number): Chunk => ({
  at,
  fetched: false,
  page: {},
  units: 0,
  takenAfter: taken,
  next: null,
  stoppedAt: boto(o, at, at.trunc),
});

/** Pages of a listing in order, applying starting truncation and MaxItems like botocore. */
export async function* chunkStream(o: ChunkStreamOptions): AsyncGenerator<Chunk> {
  try {
    for await (const chunk of chunksOf(o)) {
      // Its last chunk: the listing counts no more, so the next region's turn may come.
      if (!chunk.next) o.turn?.end();
      yield chunk;
    }
  } finally {
    o.turn?.end();
  }
}

/** The ordered field of each primary result of a page. */
const orderedKeys = (page: RawPage, resource: ResourceDescriptor, field: string): string[] =>
  primaryOf(page, resource).map((item) => {
    const value = (item as Record<string, unknown> | null)?.[field];
    return typeof value === 'string' ? value : '';
  });

async function* chunksOf(o: ChunkStreamOptions): AsyncGenerator<Chunk> {
  let at = o.start;
  let taken = o.takenBefore;
  const { orderedBy, operation } = o.resource;
  const order = orderedBy ? new KeyAdvance(operation, orderedBy.strict) : null;
  const cycle = new TokenCycleGuard(operation);
  for (;;) {
    const myTurn = o.turn?.reached ?? true;
    if (myTurn && o.budget && o.budget.remaining <= 0) {
      yield usedUp(o, at, taken);
      return;
    }
    o.signal.throwIfAborted();
    const page = await o.source(at.tokens, o.signal);
    if (!myTurn && o.turn) {
      // Fetched while an earlier region was read; it counts only from this region's turn.
      await o.turn.ready;
      if (o.budget && o.budget.remaining <= 0) {
        yield usedUp(o, at, taken);
        return;
      }
    }
    if (at.trunc !== null) leftTruncate(page, o.resource, at.trunc);
    if (order) order.check(orderedKeys(page, o.resource, orderedBy!.field));
    const units = primaryOf(page, o.resource).length;
    const next = nextTokens(page, o.resource);
    if (next && sameTokens(next, at.tokens)) throw repeatedToken(next);
    if (next) cycle.see(tokenText(next));
    if (o.budget && units > o.budget.remaining) {
      const keep = o.budget.remaining;
      o.budget.remaining = 0;
      rightTruncate(page, o.resource, keep);
      const stoppedAt = stoppedInside(o, at, page, keep);
      yield {
        at,
        fetched: true,
        page,
        units: keep,
        takenAfter: taken + keep,
        next: null,
        stoppedAt,
      };
      return;
    }
    if (o.budget) o.budget.remaining -= units;
    taken += units;
    const nextAt: PageAt | null = next ? { tokens: next, trunc: null } : null;
    if (nextAt && o.budget && o.budget.remaining === 0) {
      yield {
        at,
        fetched: true,
        page,
        units,
        takenAfter: taken,
        next: null,
        stoppedAt: boto(o, nextAt, null),
      };
      return;
    }
    yield { at, fetched: true, page, units, takenAfter: taken, next: nextAt, stoppedAt: null };
    if (!nextAt) return;
    at = nextAt;
  }
}
