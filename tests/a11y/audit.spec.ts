// Accessibility audit of every main view and dialog (see tests/a11y/playwright.config.ts). It records what it
// finds in test-results/a11y and fails only when a view or dialog cannot be opened at all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { PickKind } from '../../preload/contract/features/app';
import { MessageRepository } from '../../main/services/store';
import { ChatPage } from '../e2e/pages/chat-page';
import { FlashcardsPage } from '../e2e/pages/flashcards-page';
import { QuizPage } from '../e2e/pages/quiz-page';
import { ReviewPage } from '../e2e/pages/review-page';
import { SetupPage } from '../e2e/pages/setup-page';
import { AppHarness } from '../e2e/support/app-harness';
import { expect, test } from '../e2e/support/fixtures';
import { Auditor } from './support/auditor';

/** Closes a modal the way a keyboard user would: Escape from inside it. */
async function escapeFrom(page: Page, testId: string): Promise<void> {
  const dialog = page.getByTestId(testId);
  await dialog.locator('input, select, textarea, button').first().press('Escape');
  await expect(dialog).toBeHidden();
}

test('first-run setup, and chat without a model', async ({ page, harness, rendererServer }) => {
  await harness.attach(page);
  const audit = new Auditor(page);
  const setup = new SetupPage(page, rendererServer.url);
  await audit.state({ state: 'Setup (first run)', kind: 'view', screenshots: true }, () => setup.open());
  await audit.state({ state: 'Chat (empty, no model)', kind: 'view', screenshots: true }, async () => {
    await page.getByTestId('setup-skip').click();
    await expect(page.getByTestId('composer-input')).toBeVisible();
  });
  expect(audit.failures).toEqual([]);
});

test('chat with an answer, its dialogs and toast; Compare, Evaluate, Settings, Models', async ({
  chat,
  harness,
  tinyModel,
}) => {
  const page = chat.page;
  const audit = new Auditor(page);
  // Spare conversations: each undo-toast measurement deletes one.
  const messages = new MessageRepository(harness.app.db);
  for (let i = 1; i <= 6; i++) {
    const spare = (await harness.call('conversations:create', { title: `Spare ${i}` })) as { id: number };
    messages.addUser(spare.id, `Spare question ${i}`);
  }
  // With the tiny adapter, so Compare and Evaluate show their forms rather than "no adapter".
  await harness.useModel(tinyModel.modelPath, tinyModel.loraPath);
  const cards = new FlashcardsPage(page);

  await audit.state({ state: 'Chat (answer)', kind: 'view', screenshots: true }, async () => {
    await chat.open();
    await chat.waitForModel('ready');
    await chat.ask('What is hypokalemia?');
    const content = chat.lastAnswer().getByTestId('message-content');
    await expect.poll(async () => (await content.innerText()).trim().length, { timeout: 30_000 }).toBeGreaterThan(10);
    await page.getByTestId('stop-button').click();
    await expect(chat.lastAnswer()).toHaveAttribute('data-status', 'stopped');
  });
  await audit.state({ state: 'Save card dialog', kind: 'dialog' }, () => cards.openSaveDialog(chat.lastAnswer()));
  await escapeFrom(page, 'card-dialog').catch(() => undefined);
  await audit.state({ state: 'Make cards dialog', kind: 'dialog' }, async () => {
    await chat.lastAnswer().getByTestId('make-cards').click();
    await expect(page.getByTestId('make-cards-dialog')).toBeVisible();
  });
  await escapeFrom(page, 'make-cards-dialog').catch(() => undefined);

  const deleteSpare = async () => {
    if (await page.getByTestId('undo-delete').isVisible()) return;
    await chat.conversations.filter({ hasText: 'Spare' }).first().getByTestId('conversation-delete').click();
    await expect(page.getByTestId('undo-delete')).toBeVisible();
  };
  await audit.state(
    { state: 'Chat: conversation deleted (undo toast)', kind: 'state', prepare: deleteSpare },
    deleteSpare,
  );

  await audit.state({ state: 'Compare', kind: 'view', screenshots: true }, async () => {
    await page.getByTestId('open-compare').click();
    await expect(page.getByTestId('compare-question')).toBeVisible();
  });
  await audit.state({ state: 'Evaluate', kind: 'view', screenshots: true }, async () => {
    await page.getByTestId('open-evaluate').click();
    await expect(page.getByTestId('evaluate-view')).toBeVisible();
  });
  await audit.state({ state: 'Settings', kind: 'view', screenshots: true }, async () => {
    await page.getByTestId('open-settings').click();
    await expect(page.getByTestId('settings-save')).toBeVisible();
  });
  await audit.state({ state: 'Models', kind: 'view', screenshots: true }, async () => {
    await page.getByTestId('open-models').click();
    await expect(page.getByTestId('setup-view')).toBeVisible();
  });
  expect(audit.failures).toEqual([]);
});

test('cards: a deck with a card open, move, export/import, new deck, delete toast', async ({
  page,
  bridgeScript,
  rendererServer,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'mea-a11y-'));
  // Export and import go through the (injected) file dialog to one .apkg file.
  const pickFile = async (kind: PickKind) =>
    kind === 'cardsExportApkg' || kind === 'cardsImport' ? join(dir, 'deck.apkg') : null;
  const harness = new AppHarness({ bridgeScript, pickFile });
  try {
    await harness.attach(page);
    const chat = new ChatPage(page, rendererServer.url);
    const cards = new FlashcardsPage(page);
    const audit = new Auditor(page);
    const deck = (await harness.call('decks:create', { name: 'Electrolytes' })) as { id: number };
    for (let i = 1; i <= 9; i++)
      await harness.call('cards:create', {
        deckId: deck.id,
        front: `Card ${i}: what is the normal serum potassium range?`,
        back: '3.5–5.0 mmol/L; below is hypokalemia, above is hyperkalemia.',
      });

    await audit.state({ state: 'Cards (deck + card selected)', kind: 'view', screenshots: true }, async () => {
      await chat.open();
      await cards.openCardsTab();
      await cards
        .deck('Electrolytes')
        .getByRole('button', { name: /Electrolytes/ })
        .first()
        .click();
      await cards.cardRows.first().click();
      await expect(cards.editor).toBeVisible();
    });
    await audit.state({ state: 'Cards: move to deck panel', kind: 'state' }, async () => {
      await cards.cardRows.nth(1).click({ modifiers: ['ControlOrMeta'] });
      await page.getByTestId('cards-move').click();
      await expect(page.getByTestId('move-panel')).toBeVisible();
    });
    await page
      .getByTestId('move-panel')
      .getByRole('button', { name: 'Cancel' })
      .click()
      .catch(() => undefined);
    await audit.state({ state: 'Cards: export and import result', kind: 'state' }, async () => {
      await page.getByTestId('export-cards').click();
      await expect(page.getByTestId('transfer-message')).toContainText('Exported');
      await page.getByTestId('import-cards').click();
      await expect(page.getByTestId('transfer-message')).toContainText('Imported');
    });
    await audit.state({ state: 'Cards: new deck form', kind: 'state' }, async () => {
      await page.getByTestId('deck-create').click();
      await expect(page.getByTestId('deck-name-input')).toBeVisible();
    });
    await page
      .getByTestId('deck-name-input')
      .press('Escape')
      .catch(() => undefined);

    const deleteCard = async () => {
      if (await cards.toast.isVisible()) return;
      await cards.cardRows.last().click();
      await cards.editor.getByTestId('editor-delete').click();
      await expect(cards.toast).toBeVisible();
    };
    await audit.state({ state: 'Cards: card deleted (undo toast)', kind: 'state', prepare: deleteCard }, async () => {
      await cards
        .deck('Electrolytes')
        .getByRole('button', { name: /Electrolytes/ })
        .first()
        .click();
      await deleteCard();
    });
    expect(audit.failures).toEqual([]);
  } finally {
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('review a due card, reveal it; quiz it and see the grade', async ({ chat, harness }) => {
  const page = chat.page;
  const audit = new Auditor(page);
  const review = new ReviewPage(page);
  const quiz = new QuizPage(page);
  for (const [front, back] of [
    ['Normal serum potassium range?', '3.5–5.0 mmol/L'],
    ['Normal serum sodium range?', '135–145 mmol/L'],
  ])
    await harness.call('cards:create', { deckId: null, front, back });

  await audit.state({ state: 'Review (due card)', kind: 'view', screenshots: true }, async () => {
    await chat.open();
    await review.open();
    await expect(review.front).toBeVisible();
  });
  await audit.state({ state: 'Review (answer revealed)', kind: 'view', screenshots: true }, async () => {
    await page.getByTestId('review-reveal').click();
    await expect(review.back).toBeVisible();
  });
  await audit.state({ state: 'Quiz (question)', kind: 'view', screenshots: true }, async () => {
    await quiz.startFromReview();
    await expect(quiz.question).toBeVisible();
  });
  await audit.state({ state: 'Quiz (graded)', kind: 'view', screenshots: true }, async () => {
    await quiz.answer.fill('3.5 to 5 mmol/L');
    await quiz.answer.press('Enter');
    await expect(quiz.verdict).toBeVisible();
  });
  expect(audit.failures).toEqual([]);
});
