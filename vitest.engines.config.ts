import { defineConfig } from 'vitest/config';

// The cross-engine smoke suite: the production build in Firefox ESR and WebKitGTK (and
// Chromium for comparing numbers), one browser per engine, tests in order. Run by `npm test`
// after the Playwright suite; alone with `npm run test:engines` (after `npm run build`).
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
