// Accessibility audit (npm run audit:a11y, not part of npm test): the e2e setup — built renderer in Debian's
// Chromium, window.api bridged to the real services — with axe, overflow and screenshots per view.
import { defineConfig } from '@playwright/test';
import e2e from '../e2e/playwright.config';

export default defineConfig({
  ...e2e,
  testDir: '.',
  testMatch: 'audit.spec.ts',
  // Cleared at the start of each run, so the summary only holds this run's records.
  outputDir: '../../test-results/a11y',
  // Each state is audited 4 times plus zoom; the chat state waits for the tiny model's answer.
  timeout: 600_000,
  globalTeardown: './summarize.ts',
});
