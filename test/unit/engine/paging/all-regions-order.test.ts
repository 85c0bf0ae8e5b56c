import { setTimeout as sleep } from 'node:timers/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRowPlan } from '../../../../electron/engine/filter/row-plan';
import { chunkStream } from '../../../../electron/engine/paging/chunk-stream';
import { MergedListing } from '../../../../electron/engine/paging/merged-listing';
import { FIRST_PAGE } from '../../../../electron/engine/paging/page-model';
import type { PageSource } from '../../../../electron/engine/paging/page-source';
import { Prefetcher } from '../../../../electron/engine/paging/prefetcher';
import { regionTurns } from '../../../../electron/engine/paging/region-turns';
import { resumeTokenOf } from '../../../../electron/engine/paging/resume-of';
import { RowListing } from '../../../../electron/engine/paging/row-listing';
import { s3Objects } from '../../../../electron/engine/resources/s3-objects';
import { drain, fakeSource } from './fake-listing';

interface FakeRegion {
  name: string;
  keys: string[];
  /** Milliseconds each request of the region takes, in turn (then none). */
  delays: number[];
}

const slowed = (source: PageSource, delays: number[]): PageSource => {
  let call = 0;
  return async (tokens, signal) => {
    await sleep(delays[call++] ?? 0);
    return source(tokens, signal);
  };
};

/** The engine's all-regions stack (as paging/open-view.ts builds it) over fake regions. */
const allRegions = (regions: FakeRegion[], pageSize: number, maxItems: number | null) => {
  const budget = maxItems ? { remaining: maxItems } : null;
  const turns = budget ? regionTurns(regions.length) : [];
  const plan = createRowPlan(s3Objects, null, true);
  const signal = new AbortController().signal;
  const entries = regions.map((r, i) => {
    const chunks = chunkStream({
      resource: s3Objects,
      source: slowed(fakeSource(r.keys, pageSize), r.delays),
      start: FIRST_PAGE,
      takenBefore: 0,
      budget,
      ...(turns[i] ? { turn: turns[i] } : {}),
      signal,
    });
    const listing = new RowListing({
      resource: s3Objects,
      chunks: new Prefetcher(chunks, 2),
      filter: null,
      plan,
      region: r.name,
      start: { at: FIRST_PAGE, skip: 0, taken: 0 },
    });
    return { region: r.name, listing, error: null, reported: false };
  });
  return new MergedListing(entries, plan, true, 4);
};

const regionArb = (name: string) =>
  fc.record({
    name: fc.constant(name),
    keys: fc
      .integer({ min: 0, max: 12 })
      // In S3's key order, as a real listing gives them (the engine stops on keys going back).
      .map((n) => Array.from({ length: n }, (_, i) => `${name}-${String(i).padStart(2, '0')}`)),
    delays: fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 6 }),
  });

describe('all-regions row order', () => {
  it('gives region after region, whatever their speed, and MaxItems cuts the same rows and token', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(regionArb('ap-1'), regionArb('eu-1'), regionArb('us-1'), regionArb('us-2')),
        fc.integer({ min: 1, max: 5 }),
        fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
        async (regions, pageSize, maxItems) => {
          const expected = regions.flatMap((r) => r.keys).slice(0, maxItems ?? undefined);
          const timed = allRegions(regions, pageSize, maxItems);
          const rows = (await drain(timed, 5)).map((row) => row[0]);
          expect(rows).toEqual(expected);
          // The token is the one an instant run gives: every region's position is the same.
          const instant = allRegions(
            regions.map((r) => ({ ...r, delays: [] })),
            pageSize,
            maxItems,
          );
          await drain(instant, 5);
          expect(resumeTokenOf(timed, true)).toBe(resumeTokenOf(instant, true));
        },
      ),
      { numRuns: 60 },
    );
  });
});
