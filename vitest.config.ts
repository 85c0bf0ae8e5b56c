import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Separate from vite.config.ts, which roots the renderer build in renderer/ and would hide test/.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most integration tests wait on processes they spawn (the pagescope bin, the AWS CLI, boto3)
    // or on the local endpoint; vitest's default of one worker per core less one would leave a
    // 2-core CI machine half idle.
    maxWorkers: 2,
  },
});
