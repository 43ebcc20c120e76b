// The packaged binary's smoke mode: it generates a tiny model + adapter, loads both in its utilityProcess
// model host, answers, saves a card, seals and opens a secret with the real safeStorage (skipped without an OS
// keyring), exits 0 and reports it; a missing model file makes it exit non-zero.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { SmokeReport, SmokeStep } from '../../main/services/smoke';
import { appEnvironment, describeExit, spawnApp, tail, type AppExit } from './support/launch';
import { packagedExecutable, skipWithoutPackagedApp } from './support/suite';

skipWithoutPackagedApp();

const SMOKE_TIMEOUT_MS = 180_000;
let dir: string;

test.beforeEach(() => {
  // A space in the path: the switch value must survive the command line on every platform.
  dir = mkdtempSync(join(tmpdir(), 'mea packaged smoke '));
});

test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function runSmoke(args: string[]): Promise<{ exit: AppExit; output: string }> {
  const { child, exited, output } = spawnApp(packagedExecutable!, args, appEnvironment());
  const timer = setTimeout(() => child.kill('SIGKILL'), SMOKE_TIMEOUT_MS);
  const exit = await exited.finally(() => clearTimeout(timer));
  if (exit.signal === 'SIGKILL') {
    throw new Error(
      `the smoke run did not exit within ${SMOKE_TIMEOUT_MS / 1000} s (is smoke mode wired into the app's start-up?)\n${tail(output())}`,
    );
  }
  return { exit, output: output() };
}

function readReport(path: string, output: string): SmokeReport {
  expect(existsSync(path), `no report was written\n${tail(output)}`).toBe(true);
  return JSON.parse(readFileSync(path, 'utf8')) as SmokeReport;
}

test('smoke mode loads the generated model and adapter in the utilityProcess host, answers, saves a card, exits 0', async () => {
  const reportPath = join(dir, 'report.json');
  const { exit, output } = await runSmoke([`--smoke-test=${reportPath}`]);
  const report = readReport(reportPath, output);
  // Without an OS keyring (a Linux runner without one) safeStorage cannot be exercised: skipped, saying so.
  const noKeyring = (step: SmokeStep) => step.name === 'secret-box' && step.status === 'skipped';
  const failed = report.steps.filter((step) => step.status !== 'ok' && !noKeyring(step));
  expect(failed, `${JSON.stringify(failed, null, 2)}\nhost log:\n${report.hostLog.join('\n')}`).toEqual([]);
  expect(exit, describeExit(exit)).toEqual({ code: 0, signal: null });
  expect(report.ok).toBe(true);
  expect(report.steps.map((step) => step.name)).toEqual([
    'prepare-model',
    'import-model',
    'import-adapter',
    'load-model',
    'answer',
    'save-card',
    'secret-box',
    'close',
  ]);
  const secretBox = report.steps.find((step) => step.name === 'secret-box')!;
  if (noKeyring(secretBox)) expect(secretBox.error).toBe('no OS keyring');

  expect(report.environment).toMatchObject({
    isPackaged: true,
    hostLauncher: 'utilityProcess',
    platform: process.platform,
  });
  expect(report.environment.versions.electron).toMatch(/^\d+\.\d+\.\d+/);
  expect(report.model.generated).toBe(true);
  expect(report.llama).toMatchObject({ architecture: 'llama', loraPath: report.model.loraPath });
  expect(report.host.pid).toEqual(expect.any(Number));
  expect(report.host.pid).not.toBe(report.host.mainPid);
  const answer = report.steps.find((step) => step.name === 'answer')!.details as { text: string };
  expect(answer.text.trim()).not.toBe('');
  console.log(
    `packaged smoke: ${report.environment.platform}-${report.environment.arch} Electron ${report.environment.versions.electron}, ` +
      `backend ${report.llama?.backend} ${report.llama?.gpuDeviceNames.join(', ') || ''}` +
      `${report.llama?.gpuFallback ? ` (GPU fallback: ${report.llama.gpuFallback})` : ''}, ${report.totalMs} ms, ` +
      `safeStorage ${secretBox.status === 'ok' ? 'sealed and opened a secret' : `skipped (${secretBox.error})`}`,
  );
});

test('smoke mode reports a model file that does not exist as a failed step and exits non-zero', async () => {
  const reportPath = join(dir, 'report.json');
  const missing = join(dir, 'no such model.gguf');
  const { exit, output } = await runSmoke([
    `--smoke-test=${reportPath}`,
    `--smoke-model=${missing}`,
    '--smoke-gpu=off',
  ]);
  expect(exit.code, describeExit(exit)).not.toBe(0);
  const report = readReport(reportPath, output);
  expect(report.ok).toBe(false);
  expect(report.steps[0]).toMatchObject({
    name: 'prepare-model',
    status: 'failed',
    error: `the model file does not exist: ${missing}`,
  });
  expect(report.steps.at(-1)).toMatchObject({ name: 'close', status: 'ok' });
});

test('a malformed smoke switch exits 2 with the usage, before anything starts', async () => {
  const { exit, output } = await runSmoke([`--smoke-test=${join(dir, 'r.json')}`, '--smoke-gpu=sometimes']);
  expect(exit.code).toBe(2);
  expect(output).toContain('--smoke-gpu must be "auto" or "off"');
  expect(existsSync(join(dir, 'r.json'))).toBe(false);
});
