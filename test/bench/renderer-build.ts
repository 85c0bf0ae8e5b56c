import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './run-command';

const built = join(projectRoot, 'dist', 'renderer', 'index.html');

/**
 * Whether dist/renderer (what browser mode serves) is older than a renderer or shared source
 * file: the figures would then be those of an older UI, and the note says so.
 */
export const rendererBuildIsStale = (): boolean => {
  let builtAt: number;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    return false; // `npm run web` builds it on its first start.
  }
  return ['renderer', 'shared'].some((dir) =>
    readdirSync(join(projectRoot, dir), { recursive: true, encoding: 'utf8' }).some(
      (file) => statSync(join(projectRoot, dir, file)).mtimeMs > builtAt,
    ),
  );
};
