// Bundles the Electron main process and the preload into dist/electron as CommonJS. The preload
// must be one self-contained file: a sandboxed preload cannot require project modules.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['electron'],
  logLevel: 'warning',
  outExtension: { '.js': '.cjs' },
  outdir: 'dist/electron',
};

await build({
  ...common,
  entryPoints: {
    main: 'electron/hosts/electron/main.ts',
    'engine-worker': 'electron/service/worker/engine-worker.ts',
  },
});
await build({ ...common, entryPoints: { preload: 'electron/hosts/electron/preload.ts' } });
