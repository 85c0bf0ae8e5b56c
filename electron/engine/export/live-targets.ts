import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ApiFailure } from '../../../shared/contract';
import { anotherProcessExportsTo } from './rival-exports';

/**
 * Targets with an export writing to them in this process. Two exports to one file would each
 * finish with a rename over the other's, so the second is refused while the first runs, here or
 * in another process (rival-exports.ts). The key
 * is the real folder plus the name, so `./out.csv` and a symlinked folder name the same target.
 */
const live = new Set<string>();

const keyOf = async (target: string): Promise<string> => {
  const absolute = resolve(target);
  const folder = await realpath(dirname(absolute)).catch(() => dirname(absolute));
  return join(folder, basename(absolute));
};

const refusal = (target: string) =>
  ApiFailure.of(
    'BAD_REQUEST',
    `Another export to ${target} is still running; wait for it or choose another file.`,
  );

/** Claims the target; the returned function releases it (once the export ends either way). */
export const claimTarget = async (target: string): Promise<() => void> => {
  const key = await keyOf(target);
  // Checked and taken with no await between, so two exports here cannot both pass.
  if (live.has(key)) throw refusal(target);
  live.add(key);
  let held = true;
  // Idempotent, so a late second call cannot release a claim a newer export holds.
  const release = () => {
    if (held) live.delete(key);
    held = false;
  };
  if (await anotherProcessExportsTo(target)) {
    release();
    throw refusal(target);
  }
  return release;
};
