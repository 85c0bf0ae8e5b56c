import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8'));
const pkg = read('package.json') as { devDependencies: Record<string, string> };
const lock = read('package-lock.json') as { packages: Record<string, { version?: string }> };
const releases = read('electron/tooling/build/electron-releases.json') as {
  checked: string;
  newestMajor: number;
  newestVersion: string;
  supportedMajors: number;
};

const pinned = pkg.devDependencies.electron!;
const majorOf = (version: string) => Number(version.split('.')[0]);

// Long enough for a release cycle or two, short enough that the note cannot quietly go stale
// while newer majors ship every eight weeks.
const NOTE_MAX_AGE_DAYS = 120;

describe('Electron', () => {
  it('is pinned to one exact version, the one the lockfile installs', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(lock.packages['node_modules/electron']?.version).toBe(pinned);
  });

  it('is a major Electron still supports (the newest three, per the dated release note)', () => {
    expect(majorOf(releases.newestVersion)).toBe(releases.newestMajor);
    const oldestSupported = releases.newestMajor - (releases.supportedMajors - 1);
    expect(
      majorOf(pinned),
      `Electron ${pinned} is out of support: the newest major was ${releases.newestMajor} on ${releases.checked}`,
    ).toBeGreaterThanOrEqual(oldestSupported);
  });

  it('is checked against a release note recent enough to trust', () => {
    const age = (Date.now() - Date.parse(`${releases.checked}T00:00:00Z`)) / 86_400_000;
    expect(age, 'update electron/tooling/build/electron-releases.json').toBeLessThan(
      NOTE_MAX_AGE_DAYS,
    );
    expect(age).toBeGreaterThan(-1);
  });
});
