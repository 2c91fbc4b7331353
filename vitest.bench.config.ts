import { defineConfig } from 'vitest/config';

// Benchmarks measure and print; they assert nothing. Run with `npm run bench`.
export default defineConfig({
  test: {
    include: ['bench/engine/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
