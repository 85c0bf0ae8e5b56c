import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { ENVIRONMENT_PROFILE } from '../../electron/engine/aws/profiles';
import type { BenchOptions } from './bench-options';
import { BENCH_REGION, demoEnv } from './demo-env';
import { withEndpoint } from './endpoint-process';
import { startHostProcess } from './host-process';
import { absolute, atMost, type Measure } from './measure';
import { median, seconds } from './timing';
import { connect } from './ws-caller';

const NAME = 'first-row-ms-100ms';
const LATENCY_MS = 100;

const rowCount = (page: unknown): number => {
  const rows = (page as { rows?: unknown }).rows;
  return Array.isArray(rows) ? rows.length : 0;
};

/** One plain SDK ListObjectsV2 request on a warm client: one page's round trip, the floor. */
const sdkFirstPage = async (client: S3Client) => {
  const page = await client.send(new ListObjectsV2Command({ Bucket: 'demo-big' }));
  if (!page.Contents?.length) throw new Error('the SDK got no rows');
};

/**
 * Time to first row when a view is opened in browser mode at 100 ms per request: from sending
 * view.page (cursor null) on a fresh connection to its rows arriving, as the renderer sees it.
 * Beside it, one bare SDK request, the floor ("one page's round trip").
 */
export const firstRow = async (o: BenchOptions): Promise<Measure[]> =>
  withEndpoint({ objects: o.listKeys, latencyMs: LATENCY_MS }, async (url) => {
    const host = await startHostProcess(demoEnv({ AWS_ENDPOINT_URL: url }));
    const client = new S3Client({ endpoint: url, forcePathStyle: true, region: BENCH_REGION });
    try {
      await sdkFirstPage(client);
      const runs = Math.max(3, o.runs);
      o.log(`${NAME}: ${runs} view opens through the browser-mode host`);
      const opens: number[] = [];
      const floors: number[] = [];
      for (let i = 0; i < runs; i++) {
        const caller = await connect(host.port, host.token);
        await caller.call('resources.list', {});
        // A different page size per run makes each open a new view, not a cached one.
        const spec = {
          profile: ENVIRONMENT_PROFILE,
          region: BENCH_REGION,
          resource: 's3-objects',
          params: { bucket: 'demo-big' },
          pageSize: 1000 - i,
        };
        opens.push(
          await seconds(async () => {
            const page = await caller.call('view.page', {
              spec,
              cursor: null,
            });
            if (rowCount(page) === 0) throw new Error('the first page had no rows');
          }),
        );
        caller.close();
        floors.push(await seconds(() => sdkFirstPage(client)));
      }
      const ms = median(opens) * 1000;
      const note = `browser-mode host, fresh WebSocket per open, median of ${runs} (first includes client setup); anchor = one ListObjectsV2 request on a warm plain SDK client (ms)`;
      return [absolute(NAME, 'ms', atMost(150, 'ms'), ms, note, median(floors) * 1000)];
    } finally {
      client.destroy();
      await host.stop();
    }
  });
