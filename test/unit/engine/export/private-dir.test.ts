import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensurePrivateDir } from '../../../../electron/engine/export/private-dir';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pagescope-private-dir-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const modeOf = (path: string) => lstatSync(path).mode & 0o777;

describe('ensurePrivateDir', () => {
  it('creates the folder readable by its owner only', async () => {
    const path = join(dir, 'exports');
    await ensurePrivateDir(path);
    expect(lstatSync(path).isDirectory()).toBe(true);
    expect(modeOf(path)).toBe(0o700);
  });

  it('closes a folder of ours that others could enter', async () => {
    const path = join(dir, 'loose');
    mkdirSync(path);
    chmodSync(path, 0o777);
    await ensurePrivateDir(path);
    expect(modeOf(path)).toBe(0o700);
  });

  it('refuses a folder another user created first, and leaves it as it is', async () => {
    const path = join(dir, 'theirs');
    mkdirSync(path);
    chmodSync(path, 0o777);
    // Seen from a user other than the one running the test, this folder is another user's.
    const otherUser = (process.getuid?.() ?? 0) + 1;
    await expect(ensurePrivateDir(path, otherUser)).rejects.toThrow(
      `${path} belongs to another user; remove it or set TMPDIR to a folder of your own.`,
    );
    expect(modeOf(path)).toBe(0o777);
  });

  it('refuses a symlink, even to a folder of ours, and a file', async () => {
    mkdirSync(join(dir, 'real'), { mode: 0o700 });
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    await expect(ensurePrivateDir(join(dir, 'link'))).rejects.toThrow(
      `${join(dir, 'link')} is a symlink, not a folder; remove it.`,
    );
    writeFileSync(join(dir, 'file'), '');
    await expect(ensurePrivateDir(join(dir, 'file'))).rejects.toThrow(
      `${join(dir, 'file')} is not a folder; remove it.`,
    );
  });
});
