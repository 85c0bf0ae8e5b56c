import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  electronBinary,
  installedBinary,
} from '../../../../electron/tooling/launcher/electron-binary.mjs';

const dir = mkdtempSync(join(tmpdir(), 'pagescope-launcher-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Electron's own install.js, where its download server cannot be reached, exits 1.
const unreachable = join(dir, 'install-unreachable.mjs');
writeFileSync(unreachable, 'process.exit(1);\n');

const start = (marker: string, version = '41.7.1') => {
  const lines: string[] = [];
  const outcome = electronBinary({
    marker,
    binary: () => null,
    installer: unreachable,
    version,
    log: (line: string) => lines.push(line),
  });
  return { outcome, printed: lines.join('') };
};

describe('the Electron binary on a machine that cannot download it', () => {
  it('says "Fetching…" on the first start only; later starts go straight to browser mode', () => {
    const marker = join(dir, 'first', 'electron-download-failed');
    const first = start(marker);
    expect(first.printed).toContain('Fetching the Electron binary (first start)');
    expect(first.outcome).toEqual({ path: null, tried: true });
    for (let i = 0; i < 2; i++) {
      const later = start(marker);
      expect(later.printed).toBe('');
      expect(later.outcome).toEqual({ path: null, tried: false });
    }
  });

  it('tries again for a new Electron version', () => {
    const marker = join(dir, 'upgrade', 'electron-download-failed');
    start(marker, '41.7.1');
    expect(start(marker, '42.0.0').printed).toContain('Fetching the Electron binary');
  });

  it('uses an installed binary without fetching anything', () => {
    const lines: string[] = [];
    const outcome = electronBinary({
      marker: join(dir, 'installed', 'marker'),
      binary: () => '/opt/electron/electron',
      installer: unreachable,
      log: (line: string) => lines.push(line),
    });
    expect(outcome).toEqual({ path: '/opt/electron/electron', tried: false });
    expect(lines).toEqual([]);
  });
});

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
