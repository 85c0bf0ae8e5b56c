import { expect, it } from 'vitest';
import type { ViewSpecInput } from '../../../../shared/contract';
import type { RunningEndpoint } from '../../../../electron/endpoint/server';
import type { ListRowsOptions } from '../../../../electron/engine/paging/list-rows';
import { collect, collectInRuns } from './engine-harness';

export interface ParallelListingCase {
  /** The whole listing the checks split and resume. */
  spec: ViewSpecInput;
  rows: number;
  parallel: Partial<ListRowsOptions>;
  endpoint: () => RunningEndpoint;
  /** The sequential listing's rows: what every parallel run must give. */
  sequentialRows: () => unknown[][];
  seed: number;
  /** MaxItems of a run is drawn from [least, least + spread). */
  maxItems: { least: number; spread: number };
}

const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

/**
 * What every ordered parallel listing (S3 key ranges, log event time slices) promises beside the
 * sequential one: MaxItems runs resumed from PageScope's tokens give exactly the whole, its token
 * resumes without parallel, and faults change nothing.
 */
export const itKeepsTheSequentialListing = (c: ParallelListingCase): void => {
  it('splits with MaxItems and resumes from each NextToken to exactly the full listing', async () => {
    const next = random(c.seed);
    for (let split = 0; split < 3; split += 1) {
      const pageSize = 1 + Math.floor(next() * 1_000);
      const maxItems = c.maxItems.least + Math.floor(next() * c.maxItems.spread);
      const seen = await collectInRuns(c.spec, { pageSize, maxItems }, c.parallel);
      expect({ pageSize, maxItems, rows: seen.length }).toEqual({
        pageSize,
        maxItems,
        rows: c.rows,
      });
      expect(seen).toEqual(c.sequentialRows());
    }
  });

  it('resumes a parallel listing token without parallel too (it is read sequentially)', async () => {
    const first = await collect({ ...c.spec, maxItems: 12_345 }, c.parallel);
    expect(first.resumeToken).not.toBeNull();
    const rest = await collect({ ...c.spec, startingToken: first.resumeToken! });
    expect([...first.rows, ...rest.rows]).toEqual(c.sequentialRows());
  });

  it('is still identical with 5% of requests failing', async () => {
    c.endpoint().setFaultRate(0.05);
    try {
      expect((await collect(c.spec, c.parallel)).rows).toEqual(c.sequentialRows());
    } finally {
      c.endpoint().setFaultRate(0);
    }
  });
};
