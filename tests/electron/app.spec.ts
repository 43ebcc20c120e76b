// Electron end to end: launch the built app, load the tiny model, ask, stop, restart, find the history.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { ensureTinyModel } from '../fixtures/tiny-llama';
import { findElectronBinary } from './electron-binary';

const electronBinary = findElectronBinary();
if (!electronBinary) {
  console.log(
    'SKIPPED: Electron suite — no Electron binary in node_modules/electron/dist (it cannot be downloaded on this machine). ' +
      'It runs wherever `npx install-electron` has fetched one.',
  );
}
test.skip(!electronBinary, 'no Electron binary installed (cannot be downloaded here)');

async function launch(dataDir: string): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: electronBinary ?? undefined,
    args: [join(process.cwd(), 'out', 'main', 'index.js')],
    env: { ...process.env, MEA_DATA_DIR: dataDir },
  });
}

test('the app loads a model, streams and stops an answer, and keeps it across a restart', async () => {
  const { modelPath } = await ensureTinyModel();
  const dataDir = mkdtempSync(join(tmpdir(), 'mea-electron-'));
  try {
    let app = await launch(dataDir);
    let window = await app.firstWindow();
    await expect(window.getByTestId('disclaimer')).toBeVisible();
    // Security baseline as the page sees it: no Node, only the contract's functions.
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(
      await window.evaluate(() => Object.keys((globalThis as unknown as { api: object }).api).length),
    ).toBeGreaterThan(5);

    await window.getByTestId('open-settings').click();
    await window.getByTestId('settings-model-path').fill(modelPath);
    await window.getByTestId('settings-save').click();
    await window.getByTestId('settings-load-model').click();
    await expect(window.getByTestId('model-status')).toHaveAttribute('data-state', 'ready');
    await window.getByTestId('open-chat').click();

    await window.getByTestId('composer-input').fill('What is hypokalemia?');
    await window.getByTestId('composer-input').press('Enter');
    const answer = window.getByTestId('message-assistant').last();
    await expect
      .poll(async () => (await answer.getByTestId('message-content').innerText()).trim().length)
      .toBeGreaterThan(10);
    await window.keyboard.press('Escape');
    await expect(answer).toHaveAttribute('data-status', 'stopped');
    await app.close();

    app = await launch(dataDir);
    window = await app.firstWindow();
    await window.getByTestId('conversation-item').first().click();
    await expect(window.getByTestId('message-user')).toHaveText(['What is hypokalemia?']);
    await expect(window.getByTestId('message-assistant').last()).toHaveAttribute('data-status', 'stopped');
    await app.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
