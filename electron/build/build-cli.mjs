// Bundles the `pagescope` CLI into one ESM file, so it starts without compiling its TypeScript
// on each launch (about 0.45 s instead of 1.1 s). electron/cli/bin.mjs runs it while it is newer
// than every source file, and the sources through tsx otherwise.
import { build } from 'esbuild';

await build({
  entryPoints: { pagescope: 'electron/cli/main.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // An other folder may be given (the test builds into a temporary one).
  outdir: process.argv[2] ?? 'dist/cli',
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
