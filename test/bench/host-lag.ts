import { once } from 'node:events';
import { z } from 'zod';
import { ENVIRONMENT_PROFILE } from '../../electron/engine/aws/profiles';
import type { BenchOptions } from './bench-options';
import { BENCH_REGION, demoEnv } from './demo-env';
import { withEndpoint } from './endpoint-process';
import { startHostProcess, type HostProcess } from './host-process';
import { absolute, atMost, type Measure } from './measure';
import { seconds } from './timing';
import { connect, type WsCaller } from './ws-caller';

const NAME = 'host-lag-p99-ms';
const probe = new URL('./host-lag-probe.ts', import.meta.url).href;

const reportSchema = z.object({
  kind: z.literal('report'),
  p99: z.number(),
  max: z.number(),
  mean: z.number(),
  samples: z.number(),
});
const pageSchema = z.object({ rows: z.array(z.unknown()), nextCursor: z.string().nullable() });

/** Sends one word to the probe and waits for its answer. */
const ask = async (host: HostProcess, word: 'reset' | 'report'): Promise<unknown> => {
  const answer = once(host.child, 'message');
  host.child.send(word);
  return (await answer)[0];
};

/** Pulls every batch of the view, one request at a time, as the UI's "load all" does. */
const pullAll = async (caller: WsCaller): Promise<number> => {
  const spec = {
    profile: ENVIRONMENT_PROFILE,
    region: BENCH_REGION,
    resource: 's3-objects',
    params: { bucket: 'demo-big' },
  };
  let rows = 0;
  let cursor: string | null = null;
  for (let n = 0; n === 0 || cursor !== null; n++) {
    const page = pageSchema.parse(await caller.call('view.page', { spec, cursor }));
    rows += page.rows.length;
    cursor = page.nextCursor;
  }
  return rows;
};

/**
 * The browser-mode host's main-thread event-loop delay (p99) while a client pulls a whole
 * `hostLagKeys`-key listing through it. The host is the real `npm run web` process with a probe.
 */
export const hostLag = async (o: BenchOptions): Promise<Measure[]> =>
  withEndpoint({ objects: o.hostLagKeys }, async (url) => {
    const host = await startHostProcess(demoEnv({ AWS_ENDPOINT_URL: url }), [probe]);
    try {
      o.log(`${NAME}: pulling ${o.hostLagKeys} keys through the browser-mode host`);
      const caller = await connect(host.port, host.token);
      await caller.call('resources.list', {});
      await ask(host, 'reset');
      let rows = 0;
      const took = await seconds(async () => (rows = await pullAll(caller)));
      const lag = reportSchema.parse(await ask(host, 'report'));
      caller.close();
      if (rows !== o.hostLagKeys) throw new Error(`pulled ${rows} rows, not ${o.hostLagKeys}`);
      const note = `${rows} keys pulled over the WebSocket in ${took.toFixed(1)} s (${Math.round(rows / took)} rows/s); host main-thread delay mean ${lag.mean.toFixed(1)} ms, max ${lag.max.toFixed(1)} ms, ${lag.samples} samples`;
      return [absolute(NAME, 'ms', atMost(20, 'ms'), lag.p99, note)];
    } finally {
      await host.stop();
    }
  });
