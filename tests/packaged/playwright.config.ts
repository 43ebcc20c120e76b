// The packaged app (an unpacked `npm run dist -- --dir` build, or MEA_PACKAGED_APP) driven over the remote
// debugging port: its fuses block Playwright's _electron. Without a packaged build every test is skipped.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/packaged',
  globalSetup: './global-setup.ts',
  // One app at a time: each test starts the real app with its model host.
  workers: 1,
  fullyParallel: false,
  timeout: 240_000,
  expect: { timeout: 30_000 },
  retries: 0,
});
