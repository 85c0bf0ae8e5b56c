import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

// O_NOFOLLOW is not defined on Windows, where O_EXCL alone already refuses an existing link.
const CREATE_NEW =
  constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/**
 * A new file that only its owner can read: O_EXCL makes the open fail if anything, a symlink
 * included, already has the name, so a planted link or a file another user prepared is never
 * written through; 0600 keeps the rows from other local users whatever the umask.
 */
export const openPrivateFile = (path: string): Promise<FileHandle> => open(path, CREATE_NEW, 0o600);
