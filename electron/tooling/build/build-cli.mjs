// Bundles the `pagescope` CLI into ESM files, so it starts without compiling its TypeScript on
// each launch: pagescope.mjs, plus chunks for what is imported lazily (the EC2 client, half of
// the code, loads only for EC2 views): about 0.2 s to start instead of 1.1 s from the sources.
// electron/hosts/cli/bin.mjs runs it while it is newer than every source file, and the sources through
// tsx otherwise.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

// An other folder may be given (the test builds into a temporary one).
const outdir = process.argv[2] ?? 'dist/cli';
// Chunk names carry a hash: the previous build's would otherwise pile up beside the new ones.
rmSync(join(outdir, 'chunks'), { recursive: true, force: true });

await build({
  entryPoints: { pagescope: 'electron/hosts/cli/main.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'node20',
  outdir,
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
  // The bundled SDK is CommonJS inside an ES module: give it `require`, and silence its Node 20
  // notice before any of it loads, as bin.mjs does for the sources.
  banner: {
    js: [
      "import { createRequire as pagescopeCreateRequire } from 'node:module';",
      'const require = pagescopeCreateRequire(import.meta.url);',
      "process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';",
    ].join('\n'),
  },
});
