import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{core,db,cli,server,bench,electron,tools}/**/*.test.ts', 'renderer/src/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
    // A guard against hangs, not a speed check (speed is measured in bench/): CLI tests run the
    // real bin several times, each start taking seconds on a busy 2-core machine.
    testTimeout: 120_000,
  },
});
