// End to end: importing an Anki package with thousands of images shows a progress bar that follows the
// import's phases, then the summary; pressing Cancel while the images are checked stops the import and
// says nothing was saved, and nothing was.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { slideDeck } from '../fixtures/anki/slide-deck';
import { writeAnkiPackage } from '../fixtures/anki/write-anki-package';
import { test, expect } from './support/fixtures';
import { AppHarness } from './support/app-harness';
import { ChatPage } from './pages/chat-page';
import { FlashcardsPage } from './pages/flashcards-page';

interface PhaseWindow {
  __importPhases?: string[];
}

/** Records in the page every import phase the renderer is told about (through window.api, as the UI is). */
const recordPhases = () => {
  const w = globalThis as unknown as PhaseWindow & {
    api: { onImportProgress(l: (e: { phase: string }) => void): void };
  };
  w.__importPhases = [];
  w.api.onImportProgress((event) => {
    if (w.__importPhases!.at(-1) !== event.phase) w.__importPhases!.push(event.phase);
  });
};

function setUp(images: number) {
  const dir = mkdtempSync(join(tmpdir(), 'mea-deck-import-'));
  const apkgPath = join(dir, 'slides.apkg');
  writeFileSync(apkgPath, writeAnkiPackage(slideDeck(images)));
  return { dir, apkgPath };
}

test('an import with images shows its progress, then the summary', async ({ page, bridgeScript, rendererServer }) => {
  const images = 1500;
  const { dir, apkgPath } = setUp(images);
  const harness = new AppHarness({
    bridgeScript,
    pickFile: async (kind) => (kind === 'cardsImport' ? apkgPath : null),
  });
  try {
    await harness.attach(page);
    const chat = new ChatPage(page, rendererServer.url);
    const cards = new FlashcardsPage(page);
    await chat.open();
    await cards.openCardsTab();
    await page.evaluate(recordPhases);

    await page.getByTestId('import-cards').click();
    const progress = page.getByTestId('import-progress');
    await expect(progress).toBeVisible();
    await expect(progress.getByRole('progressbar')).toBeVisible();
    // Storing 1,500 files takes seconds: the bar is seen counting them.
    await expect(page.getByTestId('import-progress-label')).toContainText(/Storing images and audio: [\d,]+ of 1,500/);
    await expect(page.getByTestId('import-cancel')).toBeDisabled();

    await expect(page.getByTestId('transfer-message')).toHaveText(
      `Imported 1,500 cards into 1 deck, 0 duplicates skipped (1,500 notes, 1,500 media files, 0 reviews)`,
    );
    await expect(progress).toHaveCount(0);
    expect(await page.evaluate(() => (globalThis as unknown as PhaseWindow).__importPhases)).toEqual([
      'reading',
      'checking-media',
      'saving-notes',
      'storing-media',
    ]);
    await expect(cards.deck('Histology slides')).toBeVisible();
  } finally {
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Cancel during an import stops it and nothing is saved', async ({ page, bridgeScript, rendererServer }) => {
  // Enough images that checking them (before anything is saved) outlasts a click.
  const { dir, apkgPath } = setUp(6000);
  const harness = new AppHarness({
    bridgeScript,
    pickFile: async (kind) => (kind === 'cardsImport' ? apkgPath : null),
  });
  try {
    await harness.attach(page);
    const chat = new ChatPage(page, rendererServer.url);
    const cards = new FlashcardsPage(page);
    await chat.open();
    await cards.openCardsTab();

    await page.getByTestId('import-cards').click();
    const cancel = page.getByTestId('import-cancel');
    await expect(cancel).toBeEnabled();
    await cancel.click();
    await expect(page.getByTestId('transfer-message')).toHaveText('The import was cancelled; nothing was saved');
    await expect(page.getByTestId('transfer-message')).toHaveAttribute('role', 'status');
    await expect(page.getByTestId('import-progress')).toHaveCount(0);
    await expect(cards.deck('Histology slides')).toHaveCount(0);
    const count = (table: string) => harness.app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect([count('notes'), count('cards'), count('media')]).toEqual([0, 0, 0]);
    // The Import button works again afterwards.
    await expect(page.getByTestId('import-cards')).toBeEnabled();
  } finally {
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
