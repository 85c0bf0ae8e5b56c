import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Separate from vite.config.ts, which roots the renderer build in renderer/ and would hide test/.
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Worker threads, not child processes: each file starts in a fresh thread (isolated as in a
    // fork) at a fraction of a process's start-up cost. Measured on the 80 unit files, on this
    // 2-core machine: 61 s of CPU with threads, 89 s with forks.
    pool: 'threads',
    // Most integration tests wait on processes they spawn (the pagescope bin, the AWS CLI, boto3)
    // or on the local endpoint; vitest's default of one worker per core less one would leave a
    // 2-core CI machine half idle.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Unit files share a worker's modules instead of importing them afresh per file: the
        // imports were half their CPU (measured: 71 s isolated, 34 s shared), and they keep no
        // state between files (the same 494 tests pass in shuffled orders).
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], isolate: false },
      },
      {
        extends: true,
        // Integration files start endpoints, engines and caches of their own: each stays isolated.
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'] },
      },
    ],
  },
});
