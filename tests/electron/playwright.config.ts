// The same chat flow in the real Electron app; runs only where an Electron binary is installed.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 30_000 },
});
