import { lstat, readdir } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isPartialOf } from './export-paths';

const exists = async (path: string) => (await lstat(path).catch(() => null))?.isFile() ?? false;

const beingWritten = async (target: string) =>
  (await readdir(dirname(target)).catch(() => [] as string[])).some((name) =>
    isPartialOf(name, basename(target)),
  );

/**
 * Waits until an export's target exists, for as long as its partial file does; null when there
 * is neither (cancelled, failed, already downloaded, or never started) or the signal aborts.
 *
 * Why wait for the whole file instead of streaming the partial as it grows: a download then
 * always has its exact Content-Length, the browser never saves half a file when the export
 * fails midway (the failure is shown in the dialog instead), and the job never has to learn
 * that a reader is attached. The renderer starts the download once export.finished says done,
 * so in practice the wait is zero; it only covers a download started early.
 */
export const waitForFinishedExport = async (
  target: string,
  signal: AbortSignal,
  pollMs = 200,
): Promise<string | null> => {
  for (;;) {
    if (signal.aborted) return null;
    if (await exists(target)) return target;
    if (!(await beingWritten(target))) {
      // The rename may have happened between the two checks.
      return (await exists(target)) ? target : null;
    }
    await sleep(pollMs, undefined, { signal }).catch(() => undefined);
  }
};
