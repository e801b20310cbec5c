import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './e2e/chromium';
import type { ParallaxOptions } from './e2e/fixtures';

/**
 * End-to-end tests (e2e/). Every spec runs twice: against the browser host (`parallax serve`,
 * in the system's Chromium) and against the desktop app through `_electron.launch`. Where the
 * Electron binary is missing (its download is blocked on an offline machine), the `electron`
 * project's tests are skipped with that reason; see e2e/fixtures.ts.
 *
 * Chromium is the system's (e2e/chromium.ts): never `npx playwright install` (offline).
 */
export default defineConfig<ParallaxOptions>({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    viewport: { width: 1440, height: 900 },
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    { name: 'browser', use: { host: 'browser' } },
    { name: 'electron', use: { host: 'electron' } },
  ],
});
