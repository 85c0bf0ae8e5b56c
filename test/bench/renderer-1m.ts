import type { Page } from '@playwright/test';
import type { BenchOptions } from './bench-options';
import { launchChromium } from './chromium-page';
import { demoEnv } from './demo-env';
import { withEndpoint } from './endpoint-process';
import { startHostProcess } from './host-process';
import { absolute, atMost, notMeasured, type Measure } from './measure';
import { rendererBuildIsStale } from './renderer-build';
import { scrollProbe } from './scroll-probe';
import { percentile } from './timing';
import { ENVIRONMENT_PROFILE } from '../../electron/engine/aws/profiles';

const SCROLL_MS = 5000;
const PX_PER_FRAME = 600;
const LOAD_TIMEOUT_MS = 20 * 60_000;

const targets = {
  heap: atMost(250, 'MB'),
  dom: atMost(120, 'rows'),
  frame: atMost(25, 'ms'),
};

const rowCount = async (page: Page) =>
  Number(await page.getByRole('grid').getAttribute('aria-rowcount')) - 1;

/** Opens demo-big flat in the UI and presses "Load all"; resolves with the rows loaded. */
export const loadAll = async (page: Page, url: string, keys: number, log: (l: string) => void) => {
  await page.goto(url);
  await page.getByRole('combobox', { name: 'Profile' }).selectOption(ENVIRONMENT_PROFILE);
  await page.getByRole('button', { name: 'demo-big', exact: true }).click();
  await page.getByRole('button', { name: 'Flat listing', exact: true }).click();
  await page.waitForFunction(
    () => Number(document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount')) > 1,
  );
  await page.getByRole('button', { name: 'Load all', exact: true }).click();
  const started = Date.now();
  let rows = await rowCount(page);
  for (let tick = 1; rows < keys && Date.now() - started < LOAD_TIMEOUT_MS; tick++) {
    await page.waitForTimeout(1000);
    rows = await rowCount(page);
    if (tick % 15 === 0) log(`renderer-1m: ${rows} rows loaded after ${tick} s`);
  }
  return { rows, seconds: (Date.now() - started) / 1000 };
};

/** JS heap after a full garbage collection, through the DevTools protocol. */
const heapMb = async (page: Page): Promise<number> => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('no JSHeapUsedSize metric');
  return used / 2 ** 20;
};

interface Scrolled {
  deltas: number[];
  maxRows: number;
}

/**
 * The renderer in Chromium (browser mode) with `rendererKeys` rows loaded through the UI's
 * "Load all": JS heap, row elements in the DOM, and p95 frame time while scrolling for 5 s.
 */
export const renderer1m = async (o: BenchOptions): Promise<Measure[]> =>
  withEndpoint({ objects: o.rendererKeys }, async (url) => {
    const host = await startHostProcess(demoEnv({ AWS_ENDPOINT_URL: url }));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const loaded = await loadAll(page, host.url, o.rendererKeys, o.log);
      if (loaded.rows < o.rendererKeys) {
        const why = `only ${loaded.rows} of ${o.rendererKeys} rows loaded in ${Math.round(loaded.seconds)} s through "Load all"`;
        return [
          notMeasured('renderer-1m-heap-mb', 'MB', targets.heap, why),
          notMeasured('renderer-1m-dom-rows', 'rows', targets.dom, why),
          notMeasured('renderer-scroll-p95-ms', 'ms', targets.frame, why),
        ];
      }
      const heap = await heapMb(page);
      const scrolled = (await page.evaluate(scrollProbe(SCROLL_MS, PX_PER_FRAME))) as Scrolled;
      const stale = rendererBuildIsStale() ? ' (dist/renderer is OLDER than its sources)' : '';
      const loadNote = `${loaded.rows} rows loaded with "Load all" in ${Math.round(loaded.seconds)} s (headless Chromium ${browser.version()}, 1280×800)${stale}`;
      return [
        absolute(
          'renderer-1m-heap-mb',
          'MB',
          targets.heap,
          heap,
          `${loadNote}; JSHeapUsedSize after a forced GC`,
        ),
        absolute(
          'renderer-1m-dom-rows',
          'rows',
          targets.dom,
          scrolled.maxRows,
          'most [role=row] elements (header included) at any frame while scrolling',
        ),
        absolute(
          'renderer-scroll-p95-ms',
          'ms',
          targets.frame,
          percentile(scrolled.deltas, 95),
          `${scrolled.deltas.length} frames in ${SCROLL_MS / 1000} s at ${PX_PER_FRAME} px/frame, requestAnimationFrame deltas`,
        ),
      ];
    } finally {
      await browser.close();
      await host.stop();
    }
  });
