// Browser end-to-end tests: the built renderer in Debian's Chromium, window.api bridged to real services.
import { defineConfig } from '@playwright/test';

export const CHROMIUM_PATH = process.env.MEA_CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/e2e',
  // One worker: each test runs a real model host process on a 2-core machine.
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 30_000 },
  retries: 0,
  use: {
    browserName: 'chromium',
    headless: true,
    screenshot: 'only-on-failure',
    // No action waits for an element until the test's own timeout: a control that went away fails with its name.
    actionTimeout: 60_000,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
