// What a screen reader hears, read from the app's polite live region: a finished answer (once, not token
// by token), the revealed back of a card in Review, and saved / deleted / undone notices; and where focus
// goes after a reveal and a save.
import { test, expect } from './support/fixtures';
import { liveRegion, liveRegionLog, recordLiveRegion } from './support/focus';
import { FlashcardsPage } from './pages/flashcards-page';
import { ReviewPage } from './pages/review-page';

test('a finished answer is announced once, then saving it as a card is announced and focus returns', async ({
  chat,
  harness,
  tinyModel,
}) => {
  await harness.useModel(tinyModel.modelPath);
  await harness.call('settings:update', { sampling: { maxTokens: 24 } });
  await chat.open();
  await chat.waitForModel('ready');
  await recordLiveRegion(chat.page);

  await chat.ask('What is hyponatremia?');
  const answer = chat.lastAnswer();
  await expect(answer).toHaveAttribute('data-status', 'complete', { timeout: 60_000 });
  const region = liveRegion(chat.page);
  await expect(region).toHaveText(/^Answer ready\. \S/);

  // The region holds the answer's own words.
  const shown = (await answer.getByTestId('message-content').innerText()).replace(/\s+/g, ' ').trim();
  const words = shown.match(/[A-Za-z]{4,}/g)?.slice(0, 3) ?? [];
  expect(words.length).toBeGreaterThan(0);
  for (const word of words) await expect(region).toContainText(word);

  // Streaming did not talk: the region changed only to announce the finished answer.
  const log = await liveRegionLog(chat.page);
  expect(log.filter((text) => text !== '')).toHaveLength(1);

  // Save it as a card from the keyboard: "Saved to …" is announced and focus is back on "Save card".
  const cards = new FlashcardsPage(chat.page);
  const saveButton = answer.getByTestId('save-card');
  await saveButton.press('Enter');
  await expect(cards.dialog).toBeVisible();
  await cards.chooseNewDeck('Sodium');
  await cards.dialog.getByTestId('card-save').press('Enter');
  await expect(cards.dialog).toBeHidden();
  await expect(region).toHaveText('Saved to Sodium');
  await expect(saveButton).toBeFocused();
});

test('the revealed back of a card is announced under an "Answer" heading', async ({ chat, harness }) => {
  const review = new ReviewPage(chat.page);
  await harness.call('cards:create', { deckId: null, front: 'Normal serum potassium?', back: '3.5–5.0 mmol/L' });
  await chat.open();
  await review.open();
  await recordLiveRegion(chat.page);

  // The front is the card's heading; the answer is not in the region before it is revealed.
  await expect(chat.page.getByRole('heading', { level: 2, name: 'Normal serum potassium?' })).toBeVisible();
  await expect(liveRegion(chat.page)).toHaveText('');

  await chat.page.keyboard.press('Space');
  await expect(liveRegion(chat.page)).toHaveText('Answer: 3.5–5.0 mmol/L');
  const answerHeading = chat.page.getByRole('heading', { level: 3, name: 'Answer' });
  await expect(answerHeading).toBeVisible();
  await expect(answerHeading).toBeFocused();
  await expect(chat.page.getByRole('region', { name: 'Answer' })).toContainText('3.5–5.0 mmol/L');
});

test('deleting and restoring conversations is announced, the same notice again included', async ({ chat, harness }) => {
  for (const title of ['Cardiology', 'Renal']) await harness.call('conversations:create', { title });
  await chat.open();
  await expect(chat.conversations).toHaveCount(2);
  await recordLiveRegion(chat.page);
  const region = liveRegion(chat.page);

  const remove = async (title: string) => {
    const item = chat.conversations.filter({ hasText: title });
    await item.hover();
    await item.getByTestId('conversation-delete').click();
  };

  await remove('Cardiology');
  await expect(region).toHaveText('Conversation deleted.');
  await chat.page.getByTestId('undo-delete').click();
  await expect(region).toHaveText('Conversation restored.');
  await expect(chat.conversations).toHaveCount(2);

  // Two deletes in a row: the region is emptied between them, so the second is heard too.
  await remove('Cardiology');
  await expect(region).toHaveText('Conversation deleted.');
  await remove('Renal');
  await expect(chat.conversations).toHaveCount(0);
  await expect
    .poll(async () => (await liveRegionLog(chat.page)).filter((text) => text !== ''))
    .toEqual(['Conversation deleted.', 'Conversation restored.', 'Conversation deleted.', 'Conversation deleted.']);
  const log = await liveRegionLog(chat.page);
  expect(log.slice(-2)).toEqual(['', 'Conversation deleted.']);
});
