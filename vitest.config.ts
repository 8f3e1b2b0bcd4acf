import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the packed-package test installs from a tarball: `npm run test:install`
    exclude: ['test/install/**', 'node_modules/**'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
