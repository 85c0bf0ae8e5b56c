import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/**
 * Browser mode: the engine worker writes an export into its host's private folder and the host
 * serves it once, at /download/ID. ID is 144 random bits chosen main-side: it is the download's
 * only credential (a link cannot carry the token in a header), so it must be unguessable, and
 * its alphabet ([A-Za-z0-9_-]) can never name another folder.
 */
const DOWNLOAD_ID = /^[A-Za-z0-9_-]{24}$/;

export const isDownloadId = (value: string): boolean => DOWNLOAD_ID.test(value);

export const downloadFilePath = (dir: string, downloadId: string): string => {
  if (!isDownloadId(downloadId)) throw new Error('Invalid download id.');
  return join(dir, `${downloadId}.csv`);
};

/** Where browser mode's host serves its exports from. */
export interface DownloadPlace {
  port: number;
  dir: string;
}

/** A new one-time download: the file to write and the URL that fetches it once. */
export const newDownload = (place: DownloadPlace): { target: string; url: string } => {
  const downloadId = randomBytes(18).toString('base64url');
  return {
    target: downloadFilePath(place.dir, downloadId),
    url: `http://127.0.0.1:${place.port}/download/${downloadId}`,
  };
};

export const PARTIAL_SUFFIX = '.partial';

/**
 * The file being written lives next to its target so the final rename never crosses a disk. Its
 * name is new for each export, so two exports never share one and a name planted in advance
 * cannot be guessed; it starts with the writing process's pid, so another process can tell a
 * running export from the leftover of a crashed one.
 */
export const partialPath = (target: string): string =>
  `${target}.${process.pid}-${randomBytes(12).toString('base64url')}${PARTIAL_SUFFIX}`;

/** Whether NAME is a partial file of the target named TARGET_NAME. */
export const isPartialOf = (name: string, targetName: string): boolean =>
  name.startsWith(`${targetName}.`) && name.endsWith(PARTIAL_SUFFIX);

/** The pid that writes the partial file NAME, or null when the name carries none. */
export const partialWriter = (name: string): number | null => {
  const pid = /\.(\d+)-[A-Za-z0-9_-]+\.partial$/.exec(name)?.[1];
  return pid ? Number(pid) : null;
};
