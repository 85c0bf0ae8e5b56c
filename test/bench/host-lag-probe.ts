import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

/**
 * Loaded with `--import` into the browser-mode host's process by host-lag.ts: samples the main
 * thread's event-loop delay and answers over the IPC channel ("reset", then "report"). Worker
 * threads inherit --import; only the main thread, the one that serves the window, is measured.
 */
// Node's default resolution. The histogram records whole timer intervals (lag plus the
// resolution); the report gives the lag alone. A finer resolution adds idle samples that dilute
// the p99 without seeing any stall better.
const RESOLUTION_MS = 10;

if (isMainThread && process.send) {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  const ms = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
  process.on('message', (message: unknown) => {
    if (message === 'reset') {
      histogram.reset();
      process.send?.({ kind: 'reset' });
    } else if (message === 'report') {
      process.send?.({
        kind: 'report',
        p99: ms(histogram.percentile(99)),
        max: ms(histogram.max),
        mean: ms(histogram.mean),
        samples: histogram.count,
      });
    }
  });
  process.channel?.unref();
}
