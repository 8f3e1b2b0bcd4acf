import { defineConfig } from 'vitest/config';

// npm run test:install: the packed package installed in a temporary folder (slow; run by .ci/run, not npm test)
export default defineConfig({
  test: {
    include: ['test/install/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
