import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isPartialOf, partialWriter } from './export-paths';
import { isProcessRunning } from './process-running';

/**
 * Whether another process (a second app, a CLI run) is exporting to TARGET: its partial file
 * sits next to the target with a running pid in its name. A partial whose writer is gone is a
 * crashed run's leftover and is removed. Exports in this process are told apart by live-targets.
 */
export const anotherProcessExportsTo = async (target: string): Promise<boolean> => {
  const dir = dirname(target);
  const names = await readdir(dir).catch(() => [] as string[]);
  let running = false;
  for (const name of names.filter((n) => isPartialOf(n, basename(target)))) {
    const pid = partialWriter(name);
    if (pid === null || pid === process.pid) continue;
    if (isProcessRunning(pid)) running = true;
    else await rm(join(dir, name), { force: true });
  }
  return running;
};
