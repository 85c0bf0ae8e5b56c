import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedBinary } from '../../../electron/launcher/electron-binary.mjs';

// Electron's own `require('electron')` downloads the binary when it is missing; the launcher
// looks without downloading, so that it downloads at most once and can fall back to browser mode.
describe("the launcher's look for Electron's binary", () => {
  it('finds the binary that path.txt names under dist/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagescope-electron-'));
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'path.txt'), 'electron');
    writeFileSync(join(dir, 'dist', 'electron'), '');
    expect(installedBinary(dir)).toBe(join(dir, 'dist', 'electron'));
  });

  it('answers null, without downloading, when there is no binary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagescope-electron-'));
    expect(installedBinary(dir)).toBeNull();
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(installedBinary(dir)).toBeNull();
  });
});
