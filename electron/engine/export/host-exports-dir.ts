import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePrivateDir } from './private-dir';
import { isProcessRunning } from './process-running';

export interface HostExportsDir {
  /** This host's own folder: 0700, new, inside the user's private exports folder. */
  dir: string;
  /** Removes the folder and every export still in it (the host is stopping). */
  remove(): Promise<void>;
}

/** Per user, so that one user's folder is never a place another can prepare. */
export const exportsBaseDir = (): string =>
  join(tmpdir(), `pagescope-exports-${process.getuid?.() ?? 'user'}`);

const HOST_DIR = /^host-(\d+)-/;

// A host that was killed could not remove its folder; the next one to start does.
const removeStoppedHosts = async (base: string) => {
  for (const name of await readdir(base)) {
    const pid = HOST_DIR.exec(name)?.[1];
    if (pid && !isProcessRunning(Number(pid)))
      await rm(join(base, name), { recursive: true, force: true });
  }
};

/**
 * Browser mode's exports wait here for their one download. Each host gets a folder of its own
 * (mkdtemp: new, 0700), so a host can only ever serve the files it wrote itself.
 */
export const createHostExportsDir = async (
  base: string = exportsBaseDir(),
): Promise<HostExportsDir> => {
  await ensurePrivateDir(base);
  await removeStoppedHosts(base);
  const dir = await mkdtemp(join(base, `host-${process.pid}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
};
