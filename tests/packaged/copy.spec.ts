// Copy on an answer in the packaged app: the permission policy lets our page write the clipboard, and the
// text really is there (pasted back into the composer, since the page itself may not read the clipboard).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ensureTinyModel } from '../fixtures/tiny-llama';
import { openChat, useModel } from './support/app-window';
import { killApp, launchApp, type RunningApp } from './support/launch';
import { packagedExecutable, skipWithoutPackagedApp } from './support/suite';

skipWithoutPackagedApp();

let app: RunningApp | null = null;
let dataDir: string;

test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'mea-packaged-copy-'));
});

test.afterEach(async () => {
  await killApp(app);
  app = null;
  rmSync(dataDir, { recursive: true, force: true });
});

test('Copy puts the answer on the clipboard', async () => {
  const { modelPath } = await ensureTinyModel();
  app = await launchApp({ executable: packagedExecutable!, dataDir });
  await useModel(app.page, modelPath, 24);
  const chat = await openChat(app.page);
  await chat.waitForModel('ready');

  await chat.ask('What is the anion gap?');
  const answer = chat.lastAnswer();
  await expect(answer).toHaveAttribute('data-status', 'complete', { timeout: 60_000 });
  const text = (await answer.getByTestId('message-content').innerText()).trim();
  expect(text).not.toBe('');

  const copy = answer.getByTestId('copy-message');
  await copy.click();
  await expect(copy).toHaveAccessibleName('Copied'); // writeText resolved: the permission was granted

  await chat.composer.fill('');
  await chat.composer.focus();
  await app.page.keyboard.press('ControlOrMeta+V');
  await expect(chat.composer).toHaveValue(text);
});
