import type { BenchOptions } from './bench-options';
import { BENCH_REGION } from './demo-env';
import { withEndpoint } from './endpoint-process';
import { drainView } from './engine-listing';
import { atLeast, ratio, type Measure } from './measure';
import { outputOf } from './run-command';
import { sideBySide } from './timing';

const NAME = 'partitioned-vs-sequential-100ms';
const LATENCY_MS = 100;
/** The reference point: 16 prefixes listed at once. */
const PARALLEL = 16;
const target = atLeast(6);

const flatListing = {
  region: BENCH_REGION,
  resource: 's3-objects',
  params: { bucket: 'demo-big' },
};

/** PageScope has a partitioned mode once its CLI offers `--parallel` (listRows' `parallel`). */
const hasPartitionedMode = async (): Promise<boolean> =>
  (await outputOf(process.execPath, ['electron/hosts/cli/bin.mjs', 'list', '--help']))?.includes(
    '--parallel',
  ) ?? false;

/**
 * A flat listing of demo-big at 100 ms per request through the engine's listRows (in this
 * process, so no CLI start-up is counted): `parallel: 16` against one sequential cursor, every
 * run checked for the full key count. Ratio: sequential time / partitioned time.
 */
export const partitioned = async (o: BenchOptions): Promise<Measure[]> =>
  withEndpoint({ objects: o.partitionKeys, latencyMs: LATENCY_MS }, async (url) => {
    const supported = await hasPartitionedMode();
    o.log(
      `${NAME}: ${o.partitionKeys} keys, ${o.runs} run(s)${supported ? '' : ', sequential only'}`,
    );
    const listing = (parallel?: number) => async () => {
      const { rows } = await drainView(flatListing, url, parallel ? { parallel } : {});
      if (rows !== o.partitionKeys) throw new Error(`listed ${rows} rows, not ${o.partitionKeys}`);
    };
    const times = await sideBySide(o.runs, {
      sequential: listing(),
      ...(supported ? { partitioned: listing(PARALLEL) } : {}),
    });
    const { sequential, partitioned: parallel } = times;
    if (!sequential?.ok) throw new Error(`sequential listing failed: ${sequential?.error}`);
    const size = `${o.partitionKeys} keys at ${LATENCY_MS} ms/request, median of ${o.runs}`;
    if (!parallel) {
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
          note: `not measured: PageScope has no partitioned listing mode yet; anchor = sequential cursor, ${size}`,
        },
      ];
    }
    if (!parallel.ok) throw new Error(`partitioned listing failed: ${parallel.error}`);
    const note = `${size}; PageScope = listRows with parallel ${PARALLEL}, anchor = the same listing with one sequential cursor`;
    return [ratio(NAME, target, { pagescope: parallel.seconds, anchor: sequential.seconds }, note)];
  });
