// Quitting the packaged app while an answer streams: the app exits cleanly, and after a restart on the same
// data folder the answer is there with the words that had streamed, marked as not finished.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ensureTinyModel } from '../fixtures/tiny-llama';
import { openChat, useModel } from './support/app-window';
import { describeExit, killApp, launchApp, quitApp, type RunningApp } from './support/launch';
import { packagedExecutable, skipWithoutPackagedApp } from './support/suite';

skipWithoutPackagedApp();

let app: RunningApp | null = null;
let dataDir: string;

test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'mea-packaged-quit-'));
});

test.afterEach(async () => {
  await killApp(app);
  app = null;
  rmSync(dataDir, { recursive: true, force: true });
});

const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

test('quitting mid-answer keeps the partial answer across a restart', async () => {
  const { modelPath } = await ensureTinyModel();
  app = await launchApp({ executable: packagedExecutable!, dataDir });
  // Far longer than the time between seeing the first words and the quit: the answer is still streaming.
  await useModel(app.page, modelPath, 4096);
  let chat = await openChat(app.page);
  await chat.waitForModel('ready');

  const question = 'What is the anion gap?';
  await chat.ask(question);
  const answer = chat.lastAnswer();
  await expect
    .poll(async () => (await answer.getByTestId('message-content').innerText()).trim().length, { timeout: 30_000 })
    .toBeGreaterThan(20);
  const shown = await answer.getByTestId('message-content').innerText();
  const exit = await quitApp(app);
  expect(exit, `${describeExit(exit)}\n${app.output().slice(-2000)}`).toMatchObject({ code: 0, how: 'window' });

  app = await launchApp({ executable: packagedExecutable!, dataDir });
  chat = await openChat(app.page);
  await chat.openConversation(0);
  await expect(chat.userMessages).toHaveText([question]);
  const kept = chat.lastAnswer();
  // Cut off by the quit, not finished: a 'complete' answer here would mean the test never quit mid-answer.
  await expect(kept).toHaveAttribute('data-status', /^(stopped|interrupted)$/);
  const keptText = await kept.getByTestId('message-content').innerText();
  // Main saves ahead of what the window had painted: everything shown is kept, maybe more.
  expect(words(keptText).startsWith(words(shown))).toBe(true);

  const secondExit = await quitApp(app);
  expect(secondExit, describeExit(secondExit)).toMatchObject({ code: 0, how: 'window' });
});
