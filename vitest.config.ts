import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // PGlite takes ~700 MB and a core per instance: keep parallel files few on 2-core machines.
    maxWorkers: 2,
    pool: 'forks',
  },
});
