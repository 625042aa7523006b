/**
 * End-to-end tests of the built dashboard in Chromium (playwright-core). The global setup ingests
 * the seed reports and a hostile fixture, builds dist/ once and serves it under a sub-path.
 *   npx vitest run --config vitest.e2e.config.ts
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // One Chromium at a time: the machine has two cores.
    fileParallelism: false,
  },
});
