import {
  createWorkerDispatcher,
  type WorkerDispatcher,
} from '../../service/worker/worker-dispatcher';
import { createHostExportsDir } from '../../engine/export/host-exports-dir';
import type { RetryPolicy } from '../../engine/paging/backoff';
import { startWebHost, type WebHost } from './host';
import { browserHostServices } from './browser-host-services';
import { exportDownloadRoute } from './export-download-route';

export interface BrowserModeOptions {
  port: number;
  rendererDir: string;
  version: string;
  log?: (line: string) => void;
  /** The folder that holds the per-user exports folder; the temp folder when not given. */
  exportsBase?: string;
  /** The engine's retry policy (paging/backoff.ts); its default when not given. */
  retry?: RetryPolicy;
}

export interface BrowserMode extends WebHost {
  /** This host's private exports folder, removed by close(). */
  exportsDir: string;
}

/**
 * Browser mode, whole: the web host, the engine in a worker thread, and the host's private
 * exports folder with its one-time download route. close() stops all three and leaves no file.
 */
export const startBrowserMode = async (options: BrowserModeOptions): Promise<BrowserMode> => {
  const exports = await createHostExportsDir(options.exportsBase);
  let dispatcher: WorkerDispatcher | null = null;
  const host = await startWebHost({
    port: options.port,
    rendererDir: options.rendererDir,
    ...(options.log ? { log: options.log } : {}),
    // The engine runs in a worker thread so that parsing a million keys never stalls this host.
    dispatcher: ({ port }) =>
      (dispatcher = createWorkerDispatcher({
        entry: new URL('../../service/worker/engine-worker-tsx.mjs', import.meta.url),
        host: browserHostServices(options.version, { port, dir: exports.dir }),
        download: { port, dir: exports.dir },
        ...(options.log ? { log: options.log } : {}),
        ...(options.retry ? { retry: options.retry } : {}),
      })),
    capabilityRoutes: [exportDownloadRoute(exports.dir)],
  }).catch(async (error: unknown) => {
    await exports.remove();
    throw error;
  });
  return {
    ...host,
    exportsDir: exports.dir,
    close: async () => {
      await host.close();
      await dispatcher?.terminate();
      await exports.remove();
    },
  };
};
