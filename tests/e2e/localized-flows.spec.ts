// The main flows with a German and with a Spanish system: the app follows the OS language from its first screen
// (<html lang>, header), a question is answered by the tiny model, the answer becomes a card that is reviewed,
// and dates, relative times and numbers read the way that language writes them (Intl in the renderer).
import { MessageRepository } from '../../main/services/store';
import type { AppHarness } from './support/app-harness';
import { test, expect } from './support/fixtures';
import type { ChatPage } from './pages/chat-page';
import { FlashcardsPage } from './pages/flashcards-page';
import { ReviewPage } from './pages/review-page';

/** Noon, 27 October 2025: far enough back that the conversation list shows the date, not a relative time. */
const EARLIER = Date.UTC(2025, 9, 27, 12);
/** More cards than any language writes without a thousands separator (Spanish groups from five digits). */
const SEEDED_CARDS = 12_345;

interface Expected {
  lang: string;
  settingsTab: string;
  earlierTitle: string;
  /** EARLIER as the conversation list writes it. */
  earlierDate: string;
  /** 12.34 tok/s as an answer's footer writes it. */
  speed: string;
  /** A conversation updated a moment ago. */
  justNow: string;
  /** The Good button's interval for a new card. */
  goodInterval: string;
  /** What Review says once the saved card is done for now. */
  nextDue: RegExp;
  deckName: string;
  /** SEEDED_CARDS as the deck list counts them. */
  deckCount: string;
}

/** An answered conversation from EARLIER (its answer ran at 12.34 tok/s) and a large deck due in a month. */
async function seed(harness: AppHarness, expected: Expected): Promise<void> {
  const conversation = (await harness.call('conversations:create', { title: expected.earlierTitle })) as {
    id: number;
  };
  const messages = new MessageRepository(harness.app.db);
  messages.addUser(conversation.id, expected.earlierTitle);
  const answer = messages.startAssistant(conversation.id, { modelName: 'TinyLlama', profile: 'adapter' });
  messages.finish(answer.id, { content: 'K⁺ > 5,0 mmol/l.', status: 'complete', tokens: 1234, tokensPerSecond: 12.34 });
  harness.app.db
    .prepare('UPDATE conversations SET updated_at = ?, created_at = ? WHERE id = ?')
    .run(EARLIER, EARLIER, conversation.id);

  // Thousands of cards through one statement in one transaction, as the card repository inserts them;
  // due in a month, so Review deals only the card saved from the chat.
  const deck = (await harness.call('decks:create', { name: expected.deckName })) as { id: number };
  const now = Date.now();
  const insert = harness.app.db.prepare(
    `INSERT INTO cards (deck_id, note_type, front, back, front_key, source_message_id, created_at, updated_at, due)
     VALUES (?, 'basic', ?, ?, ?, NULL, ?, ?, ?)`,
  );
  harness.app.db.transaction(() => {
    for (let i = 1; i <= SEEDED_CARDS; i += 1) {
      insert.run(
        deck.id,
        `${expected.deckName} ${i}`,
        `${i}`,
        `${expected.deckName.toLowerCase()} ${i}`,
        now,
        now,
        now + 30 * 86_400_000,
      );
    }
  })();
}

async function mainFlows(chat: ChatPage, harness: AppHarness, modelPath: string, expected: Expected): Promise<void> {
  test.setTimeout(150_000);
  const { page } = chat;
  // One thread and short answers keep the tiny model quick on a 2-core machine.
  await harness.call('settings:update', { threads: 1, sampling: { maxTokens: 24 } });
  await seed(harness, expected);
  await harness.useModel(modelPath);

  // The first screen is already in the system's language.
  await chat.open();
  await expect(page.locator('html')).toHaveAttribute('lang', expected.lang);
  await expect(page.getByTestId('open-settings')).toHaveText(expected.settingsTab);
  await chat.waitForModel('ready');

  // An earlier conversation shows its date, and its answer's speed with the language's decimal comma.
  const conversations = chat.conversations;
  const earlier = conversations.filter({ hasText: expected.earlierTitle });
  await expect(earlier).toContainText(expected.earlierDate);
  await earlier.click();
  await expect(page.getByTestId('message-stats').last()).toHaveText(`TinyLlama · ${expected.speed}`);

  // A new chat: an example question (worded in the UI language) is answered by the model.
  await page.getByTestId('new-conversation').click();
  const example = page.getByTestId('example-question').first();
  const question = ((await example.textContent()) ?? '').trim();
  expect(question.length).toBeGreaterThan(10);
  await example.click();
  const answer = page.getByTestId('message-assistant').last();
  await expect(answer).toHaveAttribute('data-status', /complete|stopped/, { timeout: 60_000 });
  await expect(answer.getByTestId('message-content')).not.toBeEmpty();
  // Titled after the question (shortened to fit), and updated just now.
  await expect(conversations.first()).toContainText(question.slice(0, 20));
  await expect(conversations.first()).toContainText(expected.justNow);

  // The answer becomes a card in a new deck, which Review deals and schedules.
  const cards = new FlashcardsPage(page);
  await cards.openSaveDialog(answer);
  await cards.chooseNewDeck(`${expected.deckName} 2`);
  await cards.dialog.getByTestId('card-save').click();
  await expect(cards.dialog).toBeHidden();

  const review = new ReviewPage(page);
  await review.open();
  await expect(review.front).toHaveText(question);
  await page.keyboard.press('Space');
  await expect(review.back).not.toBeEmpty();
  await expect(review.interval(3)).toHaveText(expected.goodInterval);
  await page.keyboard.press('3');
  await expect(review.empty).toContainText(expected.nextDue);

  // The large deck is counted with the language's thousands separator.
  await cards.openCardsTab();
  await expect(cards.deck(expected.deckName)).toContainText(expected.deckCount);
  await page.screenshot({ path: test.info().outputPath(`cards-${expected.lang}.png`) });
}

test.describe('with a German system', () => {
  test.use({ locale: 'de-DE', viewport: { width: 1280, height: 800 } });

  test('first screen, a chat answer, a saved and reviewed card, dates and numbers in German', async ({
    chat,
    harness,
    tinyModel,
  }) => {
    await mainFlows(chat, harness, tinyModel.modelPath, {
      lang: 'de',
      settingsTab: 'Einstellungen',
      earlierTitle: 'Hyperkaliämie im EKG',
      earlierDate: '27. Okt. 2025',
      speed: '12,3 tok/s',
      justNow: 'jetzt',
      goodInterval: '10 Min.',
      nextDue: /in 10 Minuten fällig/,
      deckName: 'Pharmakologie',
      deckCount: '12.345 Karten',
    });
  });
});

test.describe('with a Spanish system', () => {
  test.use({ locale: 'es-ES', viewport: { width: 1280, height: 800 } });

  test('first screen, a chat answer, a saved and reviewed card, dates and numbers in Spanish', async ({
    chat,
    harness,
    tinyModel,
  }) => {
    await mainFlows(chat, harness, tinyModel.modelPath, {
      lang: 'es',
      settingsTab: 'Ajustes',
      earlierTitle: 'Hiperpotasemia en el ECG',
      earlierDate: '27 oct 2025',
      speed: '12,3 tok/s',
      justNow: 'ahora',
      goodInterval: '10 min',
      nextDue: /dentro de 10 minutos/,
      deckName: 'Farmacología',
      deckCount: '12.345 tarjetas',
    });
  });
});
