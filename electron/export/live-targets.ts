import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ApiFailure } from '../../shared/contract';

/**
 * Targets with an export writing to them in this process. Two exports to one file would each
 * finish with a rename over the other's, so the second is refused while the first runs. The key
 * is the real folder plus the name, so `./out.csv` and a symlinked folder name the same target.
 */
const live = new Set<string>();

const keyOf = async (target: string): Promise<string> => {
  const absolute = resolve(target);
  const folder = await realpath(dirname(absolute)).catch(() => dirname(absolute));
  return join(folder, basename(absolute));
};

/** Claims the target; the returned function releases it (once the export ends either way). */
export const claimTarget = async (target: string): Promise<() => void> => {
  const key = await keyOf(target);
  if (live.has(key)) {
    throw ApiFailure.of(
      'BAD_REQUEST',
      `Another export to ${target} is still running; wait for it or choose another file.`,
    );
  }
  live.add(key);
  let held = true;
  // Idempotent, so a late second call cannot release a claim a newer export holds.
  return () => {
    if (held) live.delete(key);
    held = false;
  };
};
