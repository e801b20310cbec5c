import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{core,db,cli,server,bench,electron,tools}/**/*.test.ts', 'renderer/src/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
  },
});
