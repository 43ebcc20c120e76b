// What every packaged spec shares: the executable under test (or why there is none) and the skip line.
import { relative } from 'node:path';
import { test } from '@playwright/test';
import { findPackagedApp, PACKAGED_APP_ENV } from './packaged-app';

const lookup = findPackagedApp();

/** The packaged executable, or null when there is no packaged build here. */
export const packagedExecutable: string | null = lookup.executable;

export const SUITE_PLAN =
  'smoke mode (--smoke-test report), the app:// page under its CSP with IPC through the real preload, ' +
  'Copy to the clipboard, a model host crash under utilityProcess, quitting mid-answer';

/** The one line the suite prints: what it tests, or what it would run and why it does not. */
export function suiteLine(): string {
  if (lookup.executable !== null) return `Packaged-app suite: testing ${lookup.executable} (${lookup.source}).`;
  const searched = lookup.searched.map((path) => relative(process.cwd(), path)).join(', ');
  return (
    `SKIPPED: packaged-app suite — no packaged build (looked for ${searched}; or set ${PACKAGED_APP_ENV}=<executable>). ` +
    `It would run: ${SUITE_PLAN}. Build one with \`npm run dist -- --dir\` where Electron can be installed.`
  );
}

/** Call at the top of every spec file: skips its tests (quietly; the global setup printed why). */
export function skipWithoutPackagedApp(): void {
  test.skip(packagedExecutable === null, 'no packaged build of the app (npm run dist -- --dir)');
}
