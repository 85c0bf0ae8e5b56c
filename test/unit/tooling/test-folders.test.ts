import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

/** Every folder under `dir` that holds a test file, relative to `dir`. */
const testFolders = (dir: string): string[] => {
  const found: string[] = [];
  const walk = (at: string) => {
    const entries = readdirSync(at, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && /\.test\.tsx?$/.test(e.name))) {
      found.push(relative(dir, at));
    }
    for (const e of entries) if (e.isDirectory() && e.name !== 'fixtures') walk(join(at, e.name));
  };
  walk(dir);
  return found;
};

/** The source folder a test folder stands for: electron/ is left out of test paths. */
const sourceOf = (folder: string): string | null => {
  if (folder === 'package') return null;
  return folder.startsWith('renderer') || folder.startsWith('shared')
    ? folder
    : join('electron', folder);
};

describe('test folders', () => {
  it('mirror the source folders, so a test sits where its code does', () => {
    const strays: string[] = [];
    for (const kind of ['unit', 'integration']) {
      for (const folder of testFolders(join(root, 'test', kind))) {
        const source = sourceOf(folder);
        if (source !== null && !existsSync(join(root, source)))
          strays.push(`test/${kind}/${folder}`);
      }
    }
    expect(strays).toEqual([]);
  });

  it('would name a folder after a milestone as a stray', () => {
    expect(sourceOf('foundation')).toBe('electron/foundation');
    expect(existsSync(join(root, 'electron/foundation'))).toBe(false);
  });
});
