// End to end: quiz a due card from Review with the keyboard (no model: the card's front is asked),
// see the back only after answering, confirm the suggested rating and find it logged as a review;
// and a deck quiz from Cards with the tiny model, changing the suggested rating.
import { test, expect } from './support/fixtures';
import { FlashcardsPage } from './pages/flashcards-page';
import { QuizPage } from './pages/quiz-page';
import { ReviewPage } from './pages/review-page';

interface StoredCard {
  id: number;
  deckId: number;
  due: number;
  reps: number;
  state: number;
}

test('quizzes a due card: answer, see the back, confirm the rating, review logged', async ({ chat, harness }) => {
  const quiz = new QuizPage(chat.page);
  const review = new ReviewPage(chat.page);
  const card = (await harness.call('cards:create', {
    deckId: null,
    front: 'Normal serum potassium range?',
    back: '3.5–5.0 mmol/L',
  })) as StoredCard;
  await chat.open();
  await quiz.startFromReview();

  await expect(quiz.question).toHaveText('Normal serum potassium range?');
  await expect(quiz.question).toHaveAttribute('data-source', 'card');
  await expect(quiz.notice).toContainText('No model is loaded');
  await expect(quiz.back).toHaveCount(0);
  await expect(quiz.view).not.toContainText('mmol');

  await expect(quiz.answer).toBeFocused();
  await chat.page.keyboard.type('3.5 to 5');
  await chat.page.keyboard.press('Enter');
  await expect(quiz.verdict).toHaveAttribute('data-verdict', 'correct');
  await expect(chat.page.getByTestId('quiz-missed')).toHaveText('mmol/l');
  await expect(quiz.back).toHaveText('3.5–5.0 mmol/L');
  await expect(quiz.rateButton(3)).toHaveAttribute('data-proposed', 'true');
  await expect(quiz.rateButton(3)).toContainText('10 min');

  const before = Date.now();
  await chat.page.keyboard.press('Enter');
  await expect(quiz.done).toContainText('1 card rated, 1 correct');
  const stored = (await harness.call('cards:get', { id: card.id })) as StoredCard;
  expect(stored.reps).toBe(1);
  expect(stored.due).toBeGreaterThan(before + 9 * 60_000);

  await chat.page.keyboard.press('Escape');
  await expect(chat.page.getByTestId('review-view')).toBeVisible();
  await expect(review.empty).toContainText('next card due in 10 minutes');
  await expect(review.stats.getByTestId('review-stats-today')).toContainText('1reviewed');
});

test('quizzes a deck with the model loaded and logs the rating the student chose', async ({
  chat,
  harness,
  tinyModel,
}) => {
  const quiz = new QuizPage(chat.page);
  const cards = new FlashcardsPage(chat.page);
  const deck = (await harness.call('decks:create', { name: 'Neuro' })) as { id: number };
  const card = (await harness.call('cards:create', {
    deckId: deck.id,
    front: 'Drug of choice for absence seizures?',
    back: 'Ethosuximide',
  })) as StoredCard;
  await harness.useModel(tinyModel.modelPath, tinyModel.loraPath);
  await chat.open();
  await chat.waitForModel('ready');

  await cards.openCardsTab();
  await cards.deck('Neuro').click();
  await chat.page.getByTestId('deck-quiz').click();
  await expect(quiz.view).toContainText('Quiz: Neuro');
  // The tiny model writes random words: either its question or the card's front ends up asked, never the answer.
  await expect(quiz.question).toBeVisible({ timeout: 60_000 });
  await expect(quiz.view).not.toContainText(/ethosux/i);

  await quiz.answer.fill('valproate');
  await quiz.answer.press('Enter');
  await expect(quiz.verdict).toHaveAttribute('data-verdict', 'incorrect');
  await expect(quiz.back).toHaveText('Ethosuximide');
  await expect(quiz.rateButton(1)).toHaveAttribute('data-proposed', 'true');

  // The model's comment streams below and does not change the grade.
  await chat.page.keyboard.press('e');
  await expect(chat.page.getByTestId('quiz-explanation')).toHaveAttribute('data-status', /complete|stopped/, {
    timeout: 60_000,
  });
  await expect(quiz.verdict).toHaveAttribute('data-verdict', 'incorrect');

  await chat.page.keyboard.press('2');
  await expect(quiz.done).toContainText('1 card rated, 0 correct');
  const stats = (await harness.call('review:stats', { days: 1 })) as { today: { reviewed: number } };
  expect(stats.today.reviewed).toBe(1);
  const stored = (await harness.call('cards:get', { id: card.id })) as StoredCard;
  expect(stored.reps).toBe(1);
  // Hard on a new card: a learning step (6 minutes), not Again's 1 minute.
  expect(stored.due - Date.now()).toBeGreaterThan(3 * 60_000);
  await chat.page.getByTestId('quiz-back-button').click();
  await expect(chat.page.getByTestId('flashcards-view')).toBeVisible();
});
