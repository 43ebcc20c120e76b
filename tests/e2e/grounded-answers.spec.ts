// End to end: an answer given the student's cards cites them as chips that open the card in Cards, the
// chips come back from history (edited cards marked), a question no card covers says so, and with
// "Use my cards" off the next answer cites nothing; with "Also use my earlier answers" turned on in Settings an
// earlier chat's answer is cited and its chip opens that chat. The tiny model writes random words: only the UI is checked.
import type { Locator } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { FlashcardsPage } from './pages/flashcards-page';

interface StoredCard {
  id: number;
  deckId: number;
}

/** Waits until the answer has stopped streaming (citations arrive with the final message). */
async function finished(answer: Locator): Promise<void> {
  await expect(answer).toHaveAttribute('data-status', /^(complete|stopped)$/, { timeout: 60_000 });
}

test('cited cards open in Cards, come back from history, and "Use my cards" off cites nothing', async ({
  chat,
  harness,
  openChatWithTinyModel,
}) => {
  const cards = new FlashcardsPage(chat.page);
  const deck = (await harness.call('decks:create', { name: 'Electrolytes' })) as { id: number };
  const other = (await harness.call('decks:create', { name: 'Cardiology' })) as { id: number };
  const relevant = (await harness.call('cards:create', {
    deckId: deck.id,
    front: 'What is hypokalemia?',
    back: 'A serum potassium below 3.5 mmol/L; causes include vomiting, diarrhoea and loop diuretics.',
  })) as StoredCard;
  await harness.call('cards:create', {
    deckId: other.id,
    front: 'First-line drug class for stable angina symptom relief?',
    back: 'Beta blockers (or calcium channel blockers).',
  });
  await harness.call('cards:create', {
    deckId: other.id,
    front: 'Murmur of aortic stenosis?',
    back: 'Ejection systolic murmur radiating to the carotids.',
  });
  await openChatWithTinyModel();

  // A new chat starts with its cards on; the question matches one card.
  await expect(chat.useCardsToggle).toBeChecked();
  await chat.ask('What is hypokalemia?');
  const grounded = chat.lastAnswer();
  await finished(grounded);
  const chips = chat.citationChips(grounded);
  await expect(chips.first()).toBeVisible();
  await expect(chips.first()).toHaveText(/^\[1\] Electrolytes — What is hypokalemia\?/);
  await expect(chips.first()).toHaveAttribute('data-card-id', String(relevant.id));
  await expect(grounded.getByTestId('ungrounded-note')).toHaveCount(0);

  // The chip opens the card: Cards, its deck current, the card selected and in the editor.
  await chips.first().click();
  await expect(chat.page.getByTestId('flashcards-view')).toBeVisible();
  await expect(cards.deck('Electrolytes')).toHaveAttribute('aria-current', 'true');
  await expect(cards.editor).toHaveAttribute('data-card-id', String(relevant.id));
  await expect(cards.editor.getByTestId('editor-front')).toHaveValue('What is hypokalemia?');
  await expect(cards.cardRows.filter({ hasText: 'What is hypokalemia?' })).toHaveAttribute('aria-selected', 'true');

  // Edited since: history (messages:list) shows the same chip, marked, and it still opens the card.
  await cards.editor.getByTestId('editor-back').fill('Serum potassium < 3.5 mmol/L.');
  await cards.editor.getByTestId('editor-save').click();
  await expect(cards.editor.getByTestId('editor-message')).toBeVisible();
  await chat.page.reload();
  await chat.openConversation(0);
  const fromHistory = chat.citationChips(chat.lastAnswer()).first();
  await expect(fromHistory).toHaveText(/^\[1\] Electrolytes — What is hypokalemia\?/);
  await expect(fromHistory).toHaveAttribute('data-status', 'changed');
  await expect(fromHistory.getByTestId('citation-status')).toHaveText('edited since');

  // A question none of the cards covers is answered by the model alone, and says so.
  await chat.ask('What is the function of the appendix?');
  const ungrounded = chat.lastAnswer();
  await finished(ungrounded);
  await expect(ungrounded.getByTestId('ungrounded-note')).toHaveText(
    'Not in your cards — this answer comes from the model alone.',
  );
  await expect(chat.citationChips(ungrounded)).toHaveCount(0);

  // Cards off (keyboard): the next answer is given no cards, cites none, and adds no line.
  await chat.useCardsToggle.focus();
  await chat.page.keyboard.press('Space');
  await expect(chat.useCardsToggle).not.toBeChecked();
  await chat.ask('What causes hypokalemia?');
  const plain = chat.lastAnswer();
  await finished(plain);
  await expect(chat.citationChips(plain)).toHaveCount(0);
  await expect(plain.getByTestId('ungrounded-note')).toHaveCount(0);
  // The choice is the conversation's own: stored, and shown again after a reload.
  const [stored] = (await harness.call('conversations:list', {})) as { useCards: boolean }[];
  expect(stored?.useCards).toBe(false);
  await chat.page.reload();
  await chat.openConversation(0);
  await expect(chat.useCardsToggle).not.toBeChecked();
  await expect(chat.citationChips(chat.assistantMessages.first())).toHaveCount(1);
});

test('a new chat asked with "Use my cards" off is created with it off', async ({
  chat,
  harness,
  openChatWithTinyModel,
}) => {
  await harness.call('cards:create', { deckId: null, front: 'What is hypokalemia?', back: 'Low serum potassium.' });
  await openChatWithTinyModel();
  await chat.useCardsToggle.uncheck();
  await chat.ask('What is hypokalemia?');
  const answer = chat.lastAnswer();
  await finished(answer);
  await expect(chat.citationChips(answer)).toHaveCount(0);
  await expect(answer.getByTestId('ungrounded-note')).toHaveCount(0);
  await expect(chat.useCardsToggle).not.toBeChecked();
  const [summary] = (await harness.call('conversations:list', {})) as { useCards: boolean }[];
  expect(summary?.useCards).toBe(false);
});

test('with "Also use my earlier answers" on in Settings, an earlier chat’s answer is cited and opens that chat', async ({
  chat,
  harness,
  openChatWithTinyModel,
}) => {
  await openChatWithTinyModel();
  await chat.ask('What causes gout attacks?');
  const first = chat.lastAnswer();
  await finished(first);
  const earlierId = await first.getAttribute('data-message-id');
  // Off by default: nothing of the student's to ground in yet.
  await expect(chat.citationChips(first)).toHaveCount(0);

  await chat.page.getByTestId('open-settings').click();
  const setting = chat.page.getByTestId('settings-past-answers');
  await expect(setting).not.toBeChecked();
  await expect(setting).toHaveAccessibleDescription(/may be wrong/);
  await setting.check();
  await chat.page.getByTestId('settings-save').click();
  await expect
    .poll(
      async () =>
        ((await harness.call('settings:get', {})) as { groundWithPastAnswers: boolean }).groundWithPastAnswers,
    )
    .toBe(true);

  await chat.page.getByTestId('open-chat').click();
  await chat.page.getByTestId('new-conversation').click();
  await chat.ask('What causes gout attacks?');
  const second = chat.lastAnswer();
  await finished(second);
  const chip = chat.citationChips(second).first();
  await expect(chip).toHaveText(/^\[1\] Earlier answer — What causes gout attacks\?/);
  await expect(chip).toHaveAttribute('data-kind', 'answer');
  await expect(chip).toHaveAttribute('data-message-id', earlierId!);

  // The chip opens the earlier chat at that answer.
  await chip.click();
  await expect(chat.conversations.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(chat.assistantMessages).toHaveCount(1);
  await expect(chat.lastAnswer()).toHaveAttribute('data-message-id', earlierId!);
});
