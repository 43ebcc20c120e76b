// End to end: review due cards with the keyboard, see them scheduled and counted; save → review → explain.
import { test, expect } from './support/fixtures';
import { FlashcardsPage } from './pages/flashcards-page';
import { ReviewPage } from './pages/review-page';

interface StoredCard {
  id: number;
  due: number;
  reps: number;
}

test('reviews a due card with the keyboard and records it in the stats', async ({ chat, harness }) => {
  const review = new ReviewPage(chat.page);
  const card = (await harness.call('cards:create', {
    deckId: null,
    front: 'Normal serum potassium?',
    back: '3.5–5.0 mmol/L',
  })) as StoredCard;
  await chat.open();
  await expect(review.tab).toContainText('1');
  await review.open();

  await expect(review.front).toHaveText('Normal serum potassium?');
  await expect(review.back).toBeHidden();
  await expect(chat.page.getByTestId('review-left')).toHaveText('1 left');
  await chat.page.keyboard.press('Space');
  await expect(review.back).toHaveText('3.5–5.0 mmol/L');
  // Spelled so a minute is never read as a month.
  await expect(review.interval(1)).toHaveText('1 min');
  await expect(review.interval(3)).toHaveText('10 min');
  await expect(review.interval(4)).toHaveText(/^\d+ days?$/);

  const before = Date.now();
  await chat.page.keyboard.press('3');
  await expect(review.empty).toContainText('next card due in 10 minutes');
  await expect(chat.page.getByTestId('review-left')).toHaveText('0 left');
  const stored = (await harness.call('cards:get', { id: card.id })) as StoredCard;
  expect(stored.reps).toBe(1);
  expect(stored.due).toBeGreaterThan(before + 9 * 60_000);

  const today = review.stats.getByTestId('review-stats-today');
  await expect(today).toContainText('1reviewed');
  await expect(today).toContainText('1new');
  await expect(review.tab).not.toContainText('1');
});

test('a card saved from a chat answer is reviewed, then explained in a new chat', async ({
  chat,
  harness,
  openChatWithTinyModel,
}) => {
  const review = new ReviewPage(chat.page);
  const cards = new FlashcardsPage(chat.page);
  await openChatWithTinyModel();

  await chat.ask('What is hyponatremia?');
  const answer = chat.lastAnswer();
  await expect
    .poll(async () => (await answer.getByTestId('message-content').innerText()).trim().length, { timeout: 30_000 })
    .toBeGreaterThan(10);
  await chat.page.getByTestId('stop-button').click();
  await expect(answer).toHaveAttribute('data-status', 'stopped');
  await cards.openSaveDialog(answer);
  await cards.chooseNewDeck('Sodium');
  await cards.dialog.getByTestId('card-save').click();
  await expect(cards.dialog).toBeHidden();

  await review.open();
  await chat.page.getByTestId('review-deck').selectOption({ label: 'Sodium (1 due)' });
  await expect(review.front).toHaveText('What is hyponatremia?');
  await chat.page.getByTestId('review-reveal').click();
  await expect(review.back).not.toBeEmpty();

  // Explain asks the model in a new conversation and shows it in the chat view.
  await chat.page.getByTestId('review-explain').click();
  await expect(chat.userMessages.last()).toContainText("Explain why the answer to 'What is hyponatremia?' is");
  await expect(chat.conversations).toHaveCount(2);

  // Review mounts afresh and loads its queue; Space reveals the card once it is on screen.
  await review.open();
  await expect(review.front).toHaveText('What is hyponatremia?');
  await chat.page.keyboard.press('Space');
  const dueBefore = (await harness.call('cards:due', { deckId: null })) as StoredCard[];
  expect(dueBefore).toHaveLength(1);
  const ratedAt = Date.now();
  await review.rateButton(4).click();
  await expect(review.empty).toContainText('next card due in');
  // The saved card's next due date moved from "now" into the future (Easy: days away).
  const stored = (await harness.call('cards:get', { id: dueBefore[0]?.id })) as StoredCard;
  expect(stored.due).toBeGreaterThan(ratedAt + 24 * 60 * 60_000);
  expect((await harness.call('cards:due', { deckId: null })) as StoredCard[]).toHaveLength(0);
  await expect(review.stats.getByTestId('review-stats-today')).toContainText('1reviewed');
});
