import type { BenchOptions } from './bench-options';
import { launchChromium } from './chromium-page';
import { demoEnv } from './demo-env';
import { withEndpoint } from './endpoint-process';
import { startHostProcess } from './host-process';
import { absolute, atMost, notMeasured, type Measure } from './measure';
import { rendererBuildIsStale } from './renderer-build';
import { loadAll } from './renderer-1m';
import { percentile } from './timing';
import { clearAndMeasure, typeAndMeasure } from './typing-probe';

const FILTER = '[?Size > `5000000`]';
const target = atMost(100, 'ms');

/**
 * The filter box over `rendererKeys` loaded rows (demo-big flat, "Load all"): the filter is
 * typed one key at a time, then cleared with Escape; each key's time runs from keydown to the
 * painted grid that answers it.
 */
export const filterTyping = async (o: BenchOptions): Promise<Measure[]> =>
  withEndpoint({ objects: o.rendererKeys }, async (url) => {
    const host = await startHostProcess(demoEnv({ AWS_ENDPOINT_URL: url }));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const loaded = await loadAll(page, host.url, o.rendererKeys, o.log);
      if (loaded.rows < o.rendererKeys) {
        const why = `only ${loaded.rows} of ${o.rendererKeys} rows loaded through "Load all"`;
        return [notMeasured('filter-typing-1m-p95-ms', 'ms', target, why)];
      }
      await page.getByRole('textbox', { name: 'Filter' }).click();
      const typed = await typeAndMeasure(page, FILTER);
      const times = [...typed, await clearAndMeasure(page)];
      const full = times[FILTER.length - 1]!;
      const clear = times[FILTER.length]!;
      const stale = rendererBuildIsStale() ? ' (dist/renderer is OLDER than its sources)' : '';
      return [
        absolute(
          'filter-typing-1m-p95-ms',
          'ms',
          target,
          percentile(times, 95),
          `${FILTER} typed key by key then Escape over ${loaded.rows} loaded rows, keydown to painted grid (headless Chromium ${browser.version()}); the key that completes the filter ${Math.round(full)} ms, Escape ${Math.round(clear)} ms, slowest ${Math.round(Math.max(...times))} ms${stale}`,
        ),
      ];
    } finally {
      await browser.close();
      await host.stop();
    }
  });
