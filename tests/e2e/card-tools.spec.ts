// End to end: "Make cards" from a real answer (grammar-constrained proposals, review, save), export the
// deck to .apkg through the (injected) save dialog, and import that file into a fresh app.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PickKind } from '../../preload/contract/features/app';
import { test, expect } from './support/fixtures';
import { AppHarness } from './support/app-harness';
import { ChatPage } from './pages/chat-page';
import { FlashcardsPage } from './pages/flashcards-page';

test('make cards from an answer, export the deck to .apkg, import it into a fresh app', async ({
  browser,
  bridgeScript,
  rendererServer,
  tinyModel,
}, testInfo) => {
  const dir = mkdtempSync(join(tmpdir(), 'mea-card-tools-'));
  const apkgPath = join(dir, 'made.apkg');
  const picks: PickKind[] = [];
  const pickFile = async (kind: PickKind) => (
    picks.push(kind),
    kind === 'cardsExportApkg' || kind === 'cardsImport' ? apkgPath : null
  );
  // At least two proposals, short sides: random weights then always give two cards to review, quickly.
  const makeCardsLimits = { minCards: 2, maxCards: 4, frontChars: 60, backChars: 120, maxTokens: 800 };
  const first = new AppHarness({ bridgeScript, pickFile, makeCardsLimits });
  const second = new AppHarness({ bridgeScript, pickFile });
  try {
    const page = await browser.newPage();
    await first.attach(page);
    const chat = new ChatPage(page, rendererServer.url);
    const cards = new FlashcardsPage(page);
    await first.useModel(tinyModel.modelPath);
    await chat.open();
    await chat.waitForModel('ready');

    await chat.ask('What is hypokalemia?');
    const answer = chat.lastAnswer();
    const content = answer.getByTestId('message-content');
    await expect.poll(async () => (await content.innerText()).trim().length, { timeout: 30_000 }).toBeGreaterThan(10);
    await page.getByTestId('stop-button').click();
    await expect(answer).toHaveAttribute('data-status', 'stopped');
    const answerId = Number(await answer.getAttribute('data-message-id'));

    // Make cards: a new deck, proposals from the model, keep (at most) two.
    await answer.getByTestId('make-cards').click();
    const dialog = page.getByTestId('make-cards-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('make-cards-deck').selectOption('new');
    await dialog.getByTestId('make-cards-deck-new-name').fill('Made');
    await dialog.getByTestId('make-cards-generate').click();
    const proposals = dialog.getByTestId('proposal');
    await expect(proposals.first()).toBeVisible({ timeout: 90_000 });
    const count = await proposals.count();
    expect(count).toBeGreaterThanOrEqual(2);
    const keep = 2;
    for (let i = keep; i < count; i++) await proposals.nth(i).getByTestId('proposal-keep').uncheck();
    // Edit the first front, as a student would before saving.
    await proposals.first().getByTestId('proposal-front').fill('Edited front from e2e');
    const keptFronts = ['Edited front from e2e'];
    for (let i = 1; i < keep; i++)
      keptFronts.push((await proposals.nth(i).getByTestId('proposal-front').inputValue()).trim());
    await page.screenshot({ path: testInfo.outputPath('make-cards-dialog.png') });
    await dialog.getByTestId('make-cards-save').click();
    await expect(dialog).toBeHidden();
    await expect(answer.getByTestId('make-cards-notice')).toContainText('to Made');

    const decks = (await first.call('decks:list', {})) as { id: number; name: string; total: number }[];
    const made = decks.find((deck) => deck.name === 'Made');
    expect(made?.total).toBe(keep);
    const stored = (await first.call('cards:list', { deckId: made!.id, offset: 0, limit: 10 })) as {
      cards: { front: string; sourceMessageId: number | null }[];
    };
    expect(stored.cards.map((c) => c.front).sort()).toEqual([...keptFronts].sort());
    expect(stored.cards.every((c) => c.sourceMessageId === answerId)).toBe(true);

    // Export the deck to .apkg via the (injected) save dialog.
    await cards.openCardsTab();
    await cards.deck('Made').getByRole('button', { name: /Made/ }).first().click();
    await page.getByTestId('export-cards').click();
    await expect(page.getByTestId('transfer-message')).toContainText(`Exported ${keep} cards from 1 deck`);
    expect(picks).toContain('cardsExportApkg');
    expect(statSync(apkgPath).size).toBeGreaterThan(0);
    await page.close();

    // A fresh app (new data folder) imports the file and shows the deck and its cards.
    const page2 = await browser.newPage();
    await second.attach(page2);
    const chat2 = new ChatPage(page2, rendererServer.url);
    const cards2 = new FlashcardsPage(page2);
    await chat2.open();
    await cards2.openCardsTab();
    await page2.getByTestId('import-cards').click();
    await expect(page2.getByTestId('transfer-message')).toContainText(
      `Imported ${keep} cards into 1 deck, 0 duplicates skipped`,
    );
    await expect(cards2.deck('Made')).toBeVisible();
    await cards2.deck('Made').getByRole('button', { name: /Made/ }).first().click();
    await expect(cards2.cardRows).toHaveCount(keep);
    await expect(cards2.cardRows.filter({ hasText: 'Edited front from e2e' })).toHaveCount(1);
    await page2.close();
  } finally {
    await first.close();
    await second.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
