import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { partialPath } from './export-paths';
import { claimTarget } from './live-targets';
import { openPrivateFile } from './private-file';

export interface AtomicFile {
  readonly target: string;
  readonly partial: string;
  /** Bytes written so far. */
  bytes(): number;
  /** Writes one chunk; awaiting it is the backpressure. */
  write(chunk: Uint8Array | string): Promise<void>;
  /** Flushes the partial file to disk and renames it to the target. */
  commit(): Promise<void>;
  /** Removes the partial file; the target is never touched. Safe to call more than once. */
  discard(): Promise<void>;
}

// Making the rename itself durable needs the directory synced too; Windows cannot open a
// directory for that, and the file is already complete, so a failure here changes nothing.
const syncDirectory = async (path: string) => {
  if (process.platform === 'win32') return;
  const dir = await open(path, 'r').catch(() => null);
  await dir?.sync().catch(() => undefined);
  await dir?.close();
};

/**
 * A file that appears at its target complete or not at all: chunks go to a partial file of this
 * export's own (TARGET.RANDOM.partial, new, 0600), which is fsynced and renamed over the target
 * only when the caller commits (rename(2) is atomic on one file system). While it is open no
 * other export in this process may write to the same target.
 */
export const openAtomicFile = async (target: string): Promise<AtomicFile> => {
  const release = await claimTarget(target);
  const partial = partialPath(target);
  let handle: FileHandle | null;
  try {
    handle = await openPrivateFile(partial);
  } catch (error) {
    release();
    throw error;
  }
  let written = 0;
  let finished = false;

  const close = async () => {
    const closing = handle;
    handle = null;
    await closing?.close();
  };

  return {
    target,
    partial,
    bytes: () => written,
    async write(chunk) {
      if (!handle) throw new Error('The export file is already closed.');
      const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      let offset = 0;
      // FileHandle.write may write less than asked (it is one write(2)); loop until all is out.
      while (offset < data.length) {
        const { bytesWritten } = await handle.write(data, offset, data.length - offset);
        offset += bytesWritten;
      }
      written += data.length;
    },
    async commit() {
      if (!handle) throw new Error('The export file is already closed.');
      await handle.sync();
      await close();
      try {
        await rename(partial, target);
        finished = true;
      } finally {
        release();
      }
      await syncDirectory(dirname(target));
    },
    async discard() {
      await close().catch(() => undefined);
      if (!finished) await rm(partial, { force: true });
      release();
    },
  };
};
