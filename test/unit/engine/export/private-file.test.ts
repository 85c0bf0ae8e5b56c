import { mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPrivateFile } from '../../../../electron/engine/export/private-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pagescope-private-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openPrivateFile', () => {
  it('creates a new file that only its owner can read', async () => {
    const handle = await openPrivateFile(join(dir, 'a.csv'));
    await handle.write('x');
    await handle.close();
    expect(statSync(join(dir, 'a.csv')).mode & 0o777).toBe(0o600);
  });

  it('never follows a symlink planted at its name, nor reuses an existing file', async () => {
    const victim = join(dir, 'victim');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(dir, 'planted'));
    await expect(openPrivateFile(join(dir, 'planted'))).rejects.toThrow(/EEXIST/);
    writeFileSync(join(dir, 'existing'), 'old');
    await expect(openPrivateFile(join(dir, 'existing'))).rejects.toThrow(/EEXIST/);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
  });
});
