#!/usr/bin/env node
// The `pagescope` bin. It runs the bundle that `npm run build:cli` makes (dist/cli) while that is
// newer than every source file; otherwise it registers tsx (https://tsx.is/dev-api/register-esm)
// and runs the TypeScript sources, so a stale bundle is never used.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const bundle = `${root}dist/cli/pagescope.mjs`;

const newestSource = (dir) => {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|mjs|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
};

const bundleIsFresh = () => {
  try {
    const built = statSync(bundle).mtimeMs;
    return built > Math.max(newestSource(`${root}electron`), newestSource(`${root}shared`));
  } catch {
    return false;
  }
};

if (bundleIsFresh()) {
  await import(bundle);
} else {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
