import type { BenchOptions } from './bench-options';
import { BENCH_REGION } from './demo-env';
import { withEndpoint } from './endpoint-process';
import { drainView } from './engine-listing';
import { atLeast, type Measure } from './measure';
import { sideBySide } from './timing';

const NAME = 'partitioned-vs-sequential-100ms';
const LATENCY_MS = 100;
const target = atLeast(6);

const flatListing = {
  region: BENCH_REGION,
  resource: 's3-objects',
  params: { bucket: 'demo-big' },
};

/**
 * A flat listing of demo-big at 100 ms per request through the engine (in this process, so no
 * CLI start-up is counted): partitioned against one sequential cursor. Measured on
 * `partitionKeys` keys rather than 1M: a sequential 1M listing is 1000 round trips (over 100 s a
 * run), and its time is linear in the page count, so 1M takes (1M / partitionKeys) times as long.
 */
export const partitioned = async (o: BenchOptions): Promise<Measure[]> =>
  withEndpoint({ objects: o.partitionKeys, latencyMs: LATENCY_MS }, async (url) => {
    o.log(`${NAME}: sequential cursor over ${o.partitionKeys} keys, ${o.runs} run(s)`);
    const times = await sideBySide(o.runs, {
      sequential: async () => {
        const { rows } = await drainView(flatListing, url);
        if (rows !== o.partitionKeys)
          throw new Error(`listed ${rows} rows, not ${o.partitionKeys}`);
      },
    });
    const sequential = times.sequential;
    if (!sequential?.ok) throw new Error(`sequential listing failed: ${sequential?.error}`);
    return [
      {
        name: NAME,
        value: null,
        unit: '×',
        pagescope: null,
        anchor: Math.round(sequential.seconds * 100) / 100,
        figureUnit: 's',
        target: target.text,
        met: null,
        note: `not measured: PageScope has no partitioned listing mode yet. Sequential cursor (anchor) over ${o.partitionKeys} keys at ${LATENCY_MS} ms/request, median of ${o.runs}.`,
      },
    ];
  });
