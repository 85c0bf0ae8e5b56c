import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8'));
const lock = read('package-lock.json') as {
  packages: Record<string, { version?: string; hasInstallScript?: boolean }>;
};
const pkg = read('package.json') as {
  allowScripts: Record<string, boolean>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

// Install scripts we let run, each reviewed: esbuild's only checks that its platform binary (an
// npm optional dependency, not a download) is present.
const reviewedScripts = new Set(['esbuild']);

describe('supply chain', () => {
  it('runs no install script that was not reviewed (none of them downloads)', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path]) => path.replace(/^.*node_modules\//, ''));
    expect(withScripts.length).toBeGreaterThan(0);
    for (const name of withScripts) {
      expect(pkg.allowScripts, `${name} must be listed in allowScripts`).toHaveProperty(name);
      if (pkg.allowScripts[name])
        expect(reviewedScripts.has(name), `${name} is allowed`).toBe(true);
    }
    expect(pkg.allowScripts.electron).toBe(false);
  });

  it('pins every direct dependency to an exact version', () => {
    for (const [name, range] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(range, name).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    }
  });
});
