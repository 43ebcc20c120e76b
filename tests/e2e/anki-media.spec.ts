// End to end: a current-format .apkg (zstd collection, protobuf media list) with an image and a sound
// is imported through the Import button, its note edited in the card editor, and its card reviewed
// with the image loaded from the media store, the card's own colour applied, the sound as a Play button.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDS, type FixtureContent } from '../fixtures/anki/package-content';
import { mp3Like, solidPng } from '../fixtures/anki/media-samples';
import { writeAnkiPackage } from '../fixtures/anki/write-anki-package';
import type { Locator } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { AppHarness } from './support/app-harness';
import { ChatPage } from './pages/chat-page';
import { FlashcardsPage } from './pages/flashcards-page';
import { ReviewPage } from './pages/review-page';

const T0 = 1_700_000_000;
// Wider than any card: it must be scaled down to the card's width.
const IMAGE = solidPng(1600, 40, [200, 40, 90]);

/** The decoded width of a loaded image (0 while loading or when it failed). */
const loadedWidth = (image: Locator): Promise<number> =>
  image.evaluate((element) => {
    const img = element as unknown as { complete: boolean; naturalWidth: number };
    return img.complete ? img.naturalWidth : 0;
  });

function histologyDeck(): FixtureContent {
  return {
    crt: T0 - (T0 % 86_400),
    noteTypes: [
      {
        id: IDS.basic,
        name: 'Basic',
        kind: 'standard',
        fields: ['Front', 'Back', 'Mnemonic'],
        templates: [
          { name: 'Card 1', qfmt: '{{Front}}{{hint:Mnemonic}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' },
        ],
        css: '.card { text-align: center; }',
        sortField: 0,
      },
    ],
    decks: [
      { id: IDS.defaultDeck, name: 'Default', filtered: false },
      { id: IDS.histologyDeck, name: 'Histology', filtered: false },
    ],
    notes: [
      {
        id: 1_700_000_001_001,
        guid: 'e2e-alveolus',
        noteTypeId: IDS.basic,
        fields: [
          '<img src="alveolus.png"><div style="color: rgb(200, 0, 0)">Which cell lines the alveolus?</div>',
          '<b>Type II pneumocyte</b> [sound:lecture.mp3]',
          'Two makes <i>surfactant</i>',
        ],
        tags: ['histo'],
        mtime: T0 + 1,
      },
    ],
    cards: [
      {
        id: 1_700_000_002_001,
        noteId: 1_700_000_001_001,
        ord: 0,
        did: IDS.histologyDeck,
        type: 0,
        queue: 0,
        due: 1,
        ivl: 0,
        factor: 0,
        reps: 0,
        lapses: 0,
        left: 0,
        flags: 0,
        mtime: T0 + 60,
      },
    ],
    revlog: [],
    media: [
      { name: 'alveolus.png', bytes: IMAGE },
      { name: 'lecture.mp3', bytes: mp3Like() },
    ],
  };
}

test('imports a current-format .apkg with an image and reviews the image card', async ({
  browser,
  bridgeScript,
  rendererServer,
}, testInfo) => {
  const dir = mkdtempSync(join(tmpdir(), 'mea-anki-media-'));
  const apkgPath = join(dir, 'histology.apkg');
  writeFileSync(apkgPath, writeAnkiPackage(histologyDeck(), 'latest'));
  const harness = new AppHarness({
    bridgeScript,
    pickFile: async (kind) => (kind === 'cardsImport' ? apkgPath : null),
  });
  try {
    const page = await browser.newPage();
    await harness.attach(page);
    await harness.serveMedia(page);
    const chat = new ChatPage(page, rendererServer.url);
    const cards = new FlashcardsPage(page);
    const review = new ReviewPage(page);
    await chat.open();
    await cards.openCardsTab();
    await page.getByTestId('import-cards').click();
    await expect(page.getByTestId('transfer-message')).toHaveText(
      'Imported 1 card into 1 deck, 0 duplicates skipped (1 note, 2 media files, 0 reviews)',
    );

    // The list shows the card's text (not its markup) and that it has an image.
    await cards
      .deck('Histology')
      .getByRole('button', { name: /Histology/ })
      .first()
      .click();
    const row = cards.cardRows.first();
    await expect(row.getByTestId('card-row-front')).toHaveText('Which cell lines the alveolus?');
    await expect(row.getByTestId('card-row-images')).toHaveAttribute('aria-label', '1 image');

    // The editor edits the note's fields (HTML, with a preview); saving re-renders the card.
    await row.click();
    const fields = cards.editor.getByTestId('editor-note-field');
    await expect(fields).toHaveCount(3);
    await expect(fields.nth(0)).toHaveAttribute('data-field-name', 'Front');
    await expect(fields.nth(0)).toHaveValue(/<img src="app:\/\/media\/[0-9a-f]{64}"/);
    await expect
      .poll(() => loadedWidth(cards.editor.getByTestId('editor-note-preview').first().locator('img')))
      .toBe(1600);
    const back = await fields.nth(1).inputValue();
    await fields.nth(1).fill(back.replace('Type II pneumocyte', 'Type II pneumocyte (surfactant)'));
    await cards.editor.getByTestId('editor-save').click();
    await expect(cards.editor.getByTestId('editor-message')).toHaveText('Saved.');
    await expect(row).toContainText('(surfactant)');

    await review.open();
    const image = review.front.locator('img');
    const imageHash = createHash('sha256').update(IMAGE).digest('hex');
    await expect(image).toHaveAttribute('data-app-src', `app://media/${imageHash}`);
    await expect(image).toHaveAttribute('alt', 'Image on the card');
    await expect.poll(() => loadedWidth(image)).toBe(1600);
    const shown = await image.boundingBox();
    const front = await review.front.boundingBox();
    expect(shown!.width).toBeGreaterThan(100);
    expect(shown!.width).toBeLessThanOrEqual(front!.width);
    // The card's own colour reaches the page: React sets styles through CSSOM, which style-src 'self' allows.
    await expect(review.front.getByText('Which cell lines the alveolus?')).toHaveCSS('color', 'rgb(200, 0, 0)');
    await expect(review.back).toBeHidden();
    // The hint is a native <details>: Space on its label opens it and does not show the answer.
    const hint = review.front.locator('details.hint');
    await expect(hint).not.toHaveAttribute('open', /.*/);
    await hint.locator('summary').focus();
    await page.keyboard.press('Space');
    await expect(hint).toHaveAttribute('open', '');
    await expect(hint).toContainText('Two makes surfactant');
    await expect(review.back).toBeHidden();
    await hint.locator('summary').blur();

    await page.keyboard.press('Space');
    await expect(review.back).toContainText('Type II pneumocyte');
    await expect(review.back.locator('b')).toHaveText('Type II pneumocyte (surfactant)');
    await expect(review.back.getByRole('button', { name: 'Play audio' })).toBeVisible();
    await expect(review.back.locator('audio')).not.toHaveAttribute('autoplay', /.*/);
    // The answer side repeats the front as Anki's template says ({{FrontSide}}), image included.
    await expect.poll(() => loadedWidth(review.back.locator('img'))).toBe(1600);

    await page.screenshot({ path: testInfo.outputPath('image-card-answer.png') });

    await page.keyboard.press('3');
    await expect(review.empty).toBeVisible();
    await page.close();
  } finally {
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
