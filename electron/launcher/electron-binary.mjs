// Electron's npm package cannot download its binary during `npm install` on machines without
// internet access, so its install script is denied in package.json ("allowScripts") and the
// binary is fetched here, on first start, where it can be.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);

const electronPackageDir = () => {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
};

/**
 * The binary Electron's package has installed, or null. Read from its path.txt rather than by
 * `require('electron')`, which (since Electron 45) starts a download itself when it is missing.
 */
export const installedBinary = (packageDir) => {
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
};

/** The Electron binary's path, fetching it once if needed; null when it cannot be had. */
export const electronBinary = () => {
  const packageDir = electronPackageDir();
  if (!packageDir) return null;
  const existing = installedBinary(packageDir);
  if (existing) return existing;
  process.stderr.write('Fetching the Electron binary (first start)…\n');
  const result = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return result.status === 0 ? installedBinary(packageDir) : null;
};
