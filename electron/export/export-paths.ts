import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Browser mode: the engine worker writes the export and the host's main thread serves it, and the
 * two share no memory. Both compute the same path from the job id, which the contract's regex
 * has already restricted to [A-Za-z0-9_-], so it can never name another directory.
 */
const JOB_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const isJobId = (value: string): boolean => JOB_ID.test(value);

export const browserExportsDir = (): string => join(tmpdir(), 'pagescope-exports');

export const browserExportPath = (jobId: string): string => {
  if (!isJobId(jobId)) throw new Error(`Invalid export job id ${JSON.stringify(jobId)}.`);
  return join(browserExportsDir(), `${jobId}.csv`);
};

/**
 * The file being written lives next to its target so the final rename never crosses a disk. Its
 * name is new for each export, so two exports never share one and a name planted in advance
 * cannot be guessed.
 */
export const partialPath = (target: string): string =>
  `${target}.${randomBytes(12).toString('base64url')}${PARTIAL_SUFFIX}`;

export const PARTIAL_SUFFIX = '.partial';

/** Whether NAME is a partial file of the target named TARGET_NAME. */
export const isPartialOf = (name: string, targetName: string): boolean =>
  name.startsWith(`${targetName}.`) && name.endsWith(PARTIAL_SUFFIX);
