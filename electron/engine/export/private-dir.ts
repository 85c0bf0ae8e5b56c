import { chmod, lstat, mkdir } from 'node:fs/promises';

const refuse = (message: string) => new Error(message);

/**
 * A folder only this user can enter. Created 0700 when missing; an existing one is used only if
 * it is a real folder (lstat: a symlink is refused, not followed) that this user owns, and is
 * then closed to others. A folder another user made first could be read or swapped by them, so
 * it is refused. On Windows there are no uids or modes to check; the user's temp folder is
 * private already.
 */
export const ensurePrivateDir = async (
  path: string,
  owner: number | undefined = process.getuid?.(),
): Promise<void> => {
  await mkdir(path, { mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const info = await lstat(path);
  if (info.isSymbolicLink()) throw refuse(`${path} is a symlink, not a folder; remove it.`);
  if (!info.isDirectory()) throw refuse(`${path} is not a folder; remove it.`);
  if (owner === undefined) return;
  if (info.uid !== owner) {
    throw refuse(
      `${path} belongs to another user; remove it or set TMPDIR to a folder of your own.`,
    );
  }
  if ((info.mode & 0o077) !== 0) await chmod(path, 0o700);
};
