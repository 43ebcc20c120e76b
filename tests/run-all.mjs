// `npm test`: type-check, lint, build, then every test suite; ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

// better-sqlite3 13 needs Node 22 (on Node 20 it crashes); npm scripts get it from the `node`
// devDependency. Fail with a clear line instead of a wall of segfaults.
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor < 22) {
  console.error(
    `npm test needs Node >= 22 but runs on ${process.version}: run "npm install" (it installs Node 22 into node_modules).`,
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const reportDir = join(process.cwd(), 'test-results', 'reports');
mkdirSync(reportDir, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
// Failed tests by name, repeated at the very end: CI keeps only the tail of the log.
const failedTests = [];
// Strips the colour codes test runners put in messages.
const ansiColour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const firstLine = (text) =>
  (
    String(text ?? '')
      .replace(ansiColour, '')
      .split('\n')
      .find((line) => line.trim() !== '') ?? ''
  ).trim();

function run(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`=== ${name}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${seconds}s`);
  if (!ok) failures.push(name);
  return ok;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

function countVitest(file) {
  const report = readJson(file);
  if (!report) return;
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  for (const file of report.testResults ?? []) {
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failed) {
      failedTests.push(`${file.name} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    }
    // A file that failed to load has no assertions but a message.
    if (file.status === 'failed' && failed.length === 0) failedTests.push(`${file.name}: ${firstLine(file.message)}`);
  }
}

function playwrightFailures(suite, path = []) {
  for (const spec of suite.specs ?? []) {
    if (spec.ok) continue;
    const error = spec.tests?.flatMap((test) => test.results ?? []).find((result) => result.error)?.error;
    failedTests.push(`${spec.file}:${spec.line} › ${[...path, spec.title].join(' › ')}: ${firstLine(error?.message)}`);
  }
  for (const child of suite.suites ?? [])
    playwrightFailures(child, suite.file === child.file ? [...path, child.title] : path);
}

function countPlaywright(file) {
  const report = readJson(file);
  if (!report) return;
  totals.passed += report.stats.expected + report.stats.flaky;
  totals.failed += report.stats.unexpected;
  totals.skipped += report.stats.skipped;
  for (const suite of report.suites ?? []) playwrightFailures(suite);
}

const bin = (name) => join('node_modules', '.bin', name);

run('typecheck (node)', bin('tsc'), ['-p', 'tsconfig.node.json']);
run('typecheck (renderer)', bin('tsc'), ['-p', 'tsconfig.web.json']);
run('lint', bin('eslint'), ['.', '--max-warnings=0']);
run('format', bin('prettier'), ['--check', '.', '--log-level=warn']);
const built = run('build', bin('electron-vite'), ['build']);

// Electronegativity on the source and the fresh build; counts as one test (it fails on unallowlisted high/medium).
if (run('security (electronegativity)', bin('tsx'), ['tests/security/electronegativity.ts'])) totals.passed += 1;
else totals.failed += 1;

const vitestReport = join(reportDir, 'vitest.json');
run('unit + integration tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
countVitest(vitestReport);

if (built) {
  // packaged: the unpacked `npm run dist -- --dir` build (or MEA_PACKAGED_APP); skipped, with one line, without one.
  for (const suite of ['e2e', 'electron', 'packaged']) {
    const report = join(reportDir, `playwright-${suite}.json`);
    run(
      `${suite} tests`,
      bin('playwright'),
      ['test', '-c', `tests/${suite}/playwright.config.ts`, '--reporter=list,json'],
      {
        PLAYWRIGHT_JSON_OUTPUT_NAME: report,
      },
    );
    countPlaywright(report);
  }
}

if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(', ')}`);
if (failedTests.length > 0) console.log(`\nFailed tests:\n${failedTests.map((line) => `  ${line}`).join('\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length > 0 || totals.failed > 0 ? 1 : 0);
