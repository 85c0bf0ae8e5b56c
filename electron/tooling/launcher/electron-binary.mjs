// Electron's npm package cannot download its binary during `npm install` on machines without
// internet access, so its install script is denied in package.json ("allowScripts") and the
// binary is fetched here, on first start, where it can be. A failed fetch is remembered (per
// Electron version) so later starts go straight to browser mode instead of trying and saying so
// again.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../..', import.meta.url));

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

const packageBinary = () => {
  const packageDir = electronPackageDir();
  return packageDir ? installedBinary(packageDir) : null;
};

const installerPath = () => {
  const packageDir = electronPackageDir();
  return packageDir ? join(packageDir, 'install.js') : null;
};

const electronVersion = () => {
  try {
    return require('electron/package.json').version;
  } catch {
    return 'unknown';
  }
};

/** Where a failed download is remembered: npm's conventional cache folder in node_modules. */
export const FAILED_FETCH_MARKER = join(
  root,
  'node_modules/.cache/pagescope/electron-download-failed',
);

const readMarker = (path) => {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
};

/**
 * The Electron binary's path (null when it cannot be had), fetching it on the first start if
 * needed, and whether a fetch was tried on this start. The parameters exist for tests: where the
 * failure is remembered, how the binary is found and fetched, and where the one line of progress
 * goes.
 */
export const electronBinary = ({
  marker = FAILED_FETCH_MARKER,
  binary = packageBinary,
  installer = installerPath(),
  version = electronVersion(),
  log = (line) => process.stderr.write(line),
} = {}) => {
  const existing = binary();
  if (existing) return { path: existing, tried: false };
  if (!installer || readMarker(marker) === version) return { path: null, tried: false };
  log('Fetching the Electron binary (first start)…\n');
  const result = spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 120_000 });
  const fetched = result.status === 0 ? binary() : null;
  if (!fetched) {
    mkdirSync(dirname(marker), { recursive: true });
    writeFileSync(marker, `${version}\n`);
  }
  return { path: fetched, tried: true };
};
