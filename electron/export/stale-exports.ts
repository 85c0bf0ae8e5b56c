import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Browser-mode exports wait in the temp folder until downloaded. One whose tab closed before the
 * download is never fetched, so each new export first removes files older than maxAgeMs.
 */
export const removeStaleExports = async (dir: string, maxAgeMs: number, now = Date.now()) => {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.endsWith('.csv') || name.endsWith('.csv.partial'))
      .map(async (name) => {
        const path = join(dir, name);
        const info = await stat(path).catch(() => null);
        if (info && now - info.mtimeMs > maxAgeMs) await rm(path, { force: true });
      }),
  );
};
