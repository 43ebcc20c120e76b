// Data safety in the UI: Settings → "Export all my data" writes the archive; a damaged data file is restored with a banner.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { DATABASE_FILE } from '../../main/services/app/create-app';
import type { PickKind } from '../../preload/contract/features/app';
import { populate } from '../fixtures/user-data';
import { ChatPage } from './pages/chat-page';
import { AppHarness } from './support/app-harness';
import { expect, test } from './support/fixtures';

test('Settings → Export all my data writes data.json and decks.apkg into the chosen .zip', async ({
  page,
  bridgeScript,
  rendererServer,
}) => {
  const out = mkdtempSync(join(tmpdir(), 'mea-e2e-export-'));
  const target = join(out, 'my-data.zip');
  const asked: PickKind[] = [];
  const harness = new AppHarness({
    bridgeScript,
    pickFile: async (kind) => {
      asked.push(kind);
      return target;
    },
  });
  try {
    const populated = populate(harness.app.db);
    await harness.attach(page);
    await new ChatPage(page, rendererServer.url).open();
    await page.getByTestId('open-settings').click();
    await page.getByTestId('export-all-data').click();
    await expect(page.getByTestId('export-all-result')).toContainText(`Saved to ${target}`);
    await expect(page.getByTestId('export-all-result')).toContainText(`${populated.cards} cards`);
    expect(asked).toEqual(['dataExport']);

    const files = unzipSync(new Uint8Array(readFileSync(target)));
    expect(Object.keys(files).sort()).toEqual(['data.json', 'decks.apkg']);
    const data = JSON.parse(strFromU8(files['data.json'] ?? new Uint8Array())) as { counts: Record<string, number> };
    expect(data.counts).toMatchObject({
      conversations: populated.conversations,
      messages: populated.messages,
      decks: populated.decks,
      cards: populated.cards,
      reviewLogs: populated.reviewLogs,
    });
  } finally {
    await harness.close();
    rmSync(out, { recursive: true, force: true });
  }
});

test('a damaged data file is restored from the backup at start-up, with a banner naming where it is kept', async ({
  page,
  bridgeScript,
  rendererServer,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mea-e2e-damaged-'));
  try {
    // First run: some conversations; quitting takes the first backup.
    const first = new AppHarness({ bridgeScript, dataDir });
    const populated = populate(first.app.db);
    await first.close();

    // Garbage over pages in the middle of the file, as a failing disk would leave it.
    const path = join(dataDir, DATABASE_FILE);
    const offset = Math.floor(statSync(path).size / 2 / 4096) * 4096;
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4 * 4096, 0xab), 0, 4 * 4096, offset);
    closeSync(fd);

    const second = new AppHarness({ bridgeScript, dataDir });
    try {
      await second.attach(page);
      await new ChatPage(page, rendererServer.url).open();
      const banner = page.getByTestId('startup-notices');
      await expect(banner).toContainText('Your data file was damaged. It was restored from the backup of');
      await expect(banner).toContainText(join(dataDir, 'damaged'));
      await expect(page.getByTestId('conversation-item')).toHaveCount(populated.conversations);
      await page.getByTestId('startup-notices-dismiss').click();
      await expect(banner).toHaveCount(0);
    } finally {
      await second.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
