import type { BenchOptions } from './bench-options';
import { BENCH_REGION } from './demo-env';
import { withEndpoint } from './endpoint-process';
import { drainView } from './engine-listing';
import { atLeast, ratio, type Measure } from './measure';
import { sideBySide } from './timing';

const NAME = 'search-1m-100ms-vs-sequential';
const LATENCY_MS = 100;
/** The key ranges a search takes at once in the app and the CLI. */
const PARALLEL = 16;

const search = {
  region: BENCH_REGION,
  resource: 's3-objects',
  params: { bucket: 'demo-big' },
  filter: { expression: "contains(Key, '777')", mode: 'item' as const },
};

/**
 * A search for a key fragment over a whole bucket at 100 ms per request, through the engine in
 * this process: the ordered parallel listing (as the app and the CLI search) against one
 * sequential cursor, both checked to find the same number of matches.
 */
export const searchSpeed = async (o: BenchOptions): Promise<Measure[]> =>
  withEndpoint({ objects: o.partitionKeys, latencyMs: LATENCY_MS }, async (url) => {
    o.log(`${NAME}: ${o.partitionKeys} keys, ${o.runs} run(s)`);
    const matches: number[] = [];
    const listing = (parallel?: number) => async () => {
      const { rows } = await drainView(search, url, parallel ? { parallel } : {});
      matches.push(rows);
    };
    const { sequential, parallel } = await sideBySide(o.runs, {
      sequential: listing(),
      parallel: listing(PARALLEL),
    });
    if (!sequential?.ok) throw new Error(`sequential search failed: ${sequential?.error}`);
    if (!parallel?.ok) throw new Error(`parallel search failed: ${parallel?.error}`);
    if (new Set(matches).size !== 1) throw new Error(`searches found ${matches.join(', ')} keys`);
    const note = `${search.filter.expression} over ${o.partitionKeys} keys at ${LATENCY_MS} ms/request, ${matches[0]} matches, median of ${o.runs}; PageScope = ${PARALLEL} key ranges, anchor = one sequential cursor`;
    return [
      ratio(NAME, atLeast(6), { pagescope: parallel.seconds, anchor: sequential.seconds }, note),
    ];
  });
