// Electron's npm package cannot download its binary during `npm install` on machines without
// internet access, so its postinstall is denied in package.json ("allowScripts") and the binary
// is fetched here, on first start, where it can be.
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);

const binaryPath = () => {
  try {
    // The package's main export is the binary's path; it throws when the binary is missing.
    return require('electron');
  } catch {
    return null;
  }
};

/** The Electron binary's path, fetching it once if needed; null when it cannot be had. */
export const electronBinary = () => {
  const existing = binaryPath();
  if (existing) return existing;
  let installer;
  try {
    installer = require.resolve('electron/install.js');
  } catch {
    return null;
  }
  process.stderr.write('Fetching the Electron binary (first start)…\n');
  const result = spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 120_000 });
  if (result.status !== 0) return null;
  delete require.cache[require.resolve('electron')];
  return binaryPath();
};
