// The model host runs in an Electron utilityProcess in the packaged app: its death (killed mid-answer, or a
// native SIGSEGV on every load) must leave the window working, the conversation intact and the user told.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ensureTinyModel } from '../fixtures/tiny-llama';
import { api, callApi, openChat, recordModelStates, seenModelStates, useModel } from './support/app-window';
import { describeExit, killApp, launchApp, quitApp, type RunningApp } from './support/launch';
import { modelHostPid } from './support/model-host-process';
import { packagedExecutable, skipWithoutPackagedApp } from './support/suite';

skipWithoutPackagedApp();

let app: RunningApp | null = null;
let dataDir: string;

test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'mea-packaged-crash-'));
});

test.afterEach(async () => {
  await killApp(app);
  app = null;
  rmSync(dataDir, { recursive: true, force: true });
});

test('the host killed mid-answer: the answer is kept as interrupted, the host restarts, the next answer completes', async () => {
  const { modelPath } = await ensureTinyModel();
  app = await launchApp({ executable: packagedExecutable!, dataDir });
  // Long answers: the host must still be generating when it is killed.
  await useModel(app.page, modelPath, 4096);
  const chat = await openChat(app.page);
  await chat.waitForModel('ready');
  const hostPid = await modelHostPid(app.pid);
  await recordModelStates(app.page);

  await chat.ask('What is diabetic ketoacidosis?');
  const answer = chat.lastAnswer();
  await expect
    .poll(async () => (await answer.getByTestId('message-content').innerText()).trim().length, { timeout: 30_000 })
    .toBeGreaterThan(5);
  process.kill(hostPid, 'SIGKILL');

  await expect(answer).toHaveAttribute('data-status', 'interrupted');
  await expect(answer).toContainText(/crashed/);
  await chat.waitForModel('ready');
  const seen = await seenModelStates(app.page);
  expect(seen.states).toContain('crashed');
  expect(seen.crashBanner).toBe(true);
  expect(await modelHostPid(app.pid)).not.toBe(hostPid);

  await api(app.page, 'updateSettings', { sampling: { maxTokens: 24 } });
  await chat.ask('What is hypokalemia?');
  await expect(chat.lastAnswer()).toHaveAttribute('data-status', 'complete', { timeout: 60_000 });
  await expect(chat.userMessages).toHaveText(['What is diabetic ketoacidosis?', 'What is hypokalemia?']);

  const exit = await quitApp(app);
  expect(exit, describeExit(exit)).toMatchObject({ code: 0, how: 'window' });
});

test('a native crash (SIGSEGV) on every load: restarted, then given up with the reason; the window stays usable', async () => {
  const { modelPath } = await ensureTinyModel();
  app = await launchApp({
    executable: packagedExecutable!,
    dataDir,
    env: { MEA_HOST_FAULTS: '1', MEA_HOST_FAULT_ON_LOAD: 'segv' },
  });
  const chat = await openChat(app.page);
  await recordModelStates(app.page);

  await api(app.page, 'updateSettings', { modelPath, threads: 1, gpuLayers: 'off' });
  const load = await callApi(app.page, 'loadModel');
  expect(load).toMatchObject({ ok: false, error: { code: 'model_unavailable' } });
  await expect(app.page.getByTestId('model-status')).toHaveAttribute('data-state', 'unavailable');
  const status = await api<{ state: string; message: string | null }>(app.page, 'getModelStatus');
  expect(status.message).toMatch(/crashed.*failed 3 times in a row and was not restarted/);
  const seen = await seenModelStates(app.page);
  expect(seen.states).toContain('crashed');
  expect(seen.crashBanner).toBe(true);

  // Main and the window are fine: IPC answers, the composer takes text.
  expect((await api<{ modelPath: string }>(app.page, 'getSettings')).modelPath).toBe(modelPath);
  await chat.composer.fill('still here');
  await expect(chat.composer).toHaveValue('still here');

  const exit = await quitApp(app);
  expect(exit, describeExit(exit)).toMatchObject({ code: 0, how: 'window' });
});
