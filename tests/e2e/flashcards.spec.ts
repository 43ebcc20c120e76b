// End to end: save a card from a real streamed answer, then find, edit, delete/undo it and rename its deck.
import { test, expect } from './support/fixtures';
import { FlashcardsPage } from './pages/flashcards-page';

test('save a card from an answer, then search, edit, delete with undo, and rename the deck', async ({
  chat,
  harness,
  openChatWithTinyModel,
}, testInfo) => {
  const cards = new FlashcardsPage(chat.page);
  await openChatWithTinyModel();

  await chat.ask('What is hypokalemia?');
  const answer = chat.lastAnswer();
  const content = answer.getByTestId('message-content');
  await expect.poll(async () => (await content.innerText()).trim().length, { timeout: 30_000 }).toBeGreaterThan(10);
  await chat.page.getByTestId('stop-button').click();
  await expect(answer).toHaveAttribute('data-status', 'stopped');
  const answerId = Number(await answer.getAttribute('data-message-id'));

  // The dialog starts from the question and the answer; edit the front, save to a new deck.
  await cards.openSaveDialog(answer);
  await expect(cards.dialog.getByTestId('card-front')).toHaveValue('What is hypokalemia?');
  expect((await cards.dialog.getByTestId('card-back').inputValue()).length).toBeGreaterThan(0);
  await cards.dialog.getByTestId('card-front').fill('Define hypokalemia');
  await cards.chooseNewDeck('Electrolytes');
  await cards.dialog.getByTestId('card-tags').fill('renal, potassium');
  await chat.page.screenshot({ path: testInfo.outputPath('save-card-dialog.png') });
  await cards.dialog.getByTestId('card-save').click();
  await expect(cards.dialog).toBeHidden();
  await expect(chat.page.getByTestId('card-saved-toast')).toContainText('Saved to Electrolytes');

  // Saving the same front again is flagged as a duplicate.
  await cards.openSaveDialog(answer);
  await cards.dialog.getByTestId('card-front').fill('Define hypokalemia');
  await expect(cards.dialog.getByTestId('card-deck')).toHaveValue(/\d+/); // last deck preselected
  await cards.dialog.getByTestId('card-save').click();
  await expect(cards.dialog.getByTestId('card-duplicate')).toContainText('Already in Electrolytes');
  await cards.dialog.getByRole('button', { name: 'Cancel' }).click();

  // The Cards tab shows the deck and the card, stored with its source answer.
  // Leave the conversation, so opening it later from a chat search hit is real.
  await chat.page.getByTestId('new-conversation').click();
  await expect(chat.userMessages).toHaveCount(0);
  await cards.openCardsTab();
  await expect(cards.deck('Electrolytes')).toContainText('1 card ·');
  await cards
    .deck('Electrolytes')
    .getByRole('button', { name: /Electrolytes/ })
    .first()
    .click();
  await expect(cards.cardRows).toHaveCount(1);
  await expect(cards.cardRows.first()).toContainText('Define hypokalemia');
  const stored = (await harness.call('cards:list', {
    deckId: Number(await cards.deck('Electrolytes').getAttribute('data-deck-id')),
    offset: 0,
    limit: 10,
  })) as { cards: { back: string; tags: string[]; sourceMessageId: number | null }[] };
  expect([...(stored.cards[0]?.tags ?? [])].sort()).toEqual(['potassium', 'renal']);
  expect(stored.cards[0]?.sourceMessageId).toBe(answerId);
  expect(stored.cards[0]?.back.length).toBeGreaterThan(0);

  // Full-text search finds it by a word prefix of the front.
  await cards.search('hypokal');
  await expect(chat.page.getByTestId('card-hit')).toHaveCount(1);
  await chat.page.getByTestId('card-hit').click();
  await expect(cards.editor).toBeVisible();
  await cards.search('');

  // Edit it.
  await cards.editor.getByTestId('editor-back').fill('Serum potassium below 3.5 mmol/L');
  await cards.editor.getByTestId('editor-save').click();
  await expect(cards.editor.getByTestId('editor-message')).toHaveText('Saved.');
  await expect(cards.cardRows.first()).toContainText('Serum potassium below 3.5');
  await chat.page.screenshot({ path: testInfo.outputPath('cards-view.png') });

  // Delete, then undo.
  await cards.editor.getByTestId('editor-delete').click();
  await expect(cards.cardRows).toHaveCount(0);
  await cards.toast.getByTestId('cards-toast-undo').click();
  await expect(cards.cardRows).toHaveCount(1);
  await expect(cards.deck('Electrolytes')).toContainText('1 card ·');

  // Rename the deck inline.
  await cards.deck('Electrolytes').getByTestId('deck-rename').click();
  const nameInput = chat.page.getByTestId('deck-name-input');
  await nameInput.fill('Renal electrolytes');
  await nameInput.press('Enter');
  await expect(cards.deck('Renal electrolytes')).toBeVisible();
  await expect(cards.cardRows.first()).toContainText('Define hypokalemia');

  // Move it to a new deck through the multi-select toolbar.
  await chat.page.getByTestId('deck-create').click();
  await chat.page.getByTestId('deck-name-input').fill('Cardio');
  await chat.page.getByTestId('deck-name-input').press('Enter');
  await expect(cards.deck('Cardio')).toHaveAttribute('aria-current', 'true');
  await cards
    .deck('Renal electrolytes')
    .getByRole('button', { name: /Renal electrolytes/ })
    .first()
    .click();
  await cards.cardRows.first().click();
  await chat.page.getByTestId('cards-move').click();
  await chat.page.getByTestId('move-deck').selectOption({ label: 'Cardio' });
  await chat.page.getByTestId('move-confirm').click();
  await expect(cards.toast).toContainText('Moved 1 card to Cardio');
  await expect(cards.deck('Cardio')).toContainText('1 card ·');
  await expect(cards.deck('Renal electrolytes')).toContainText('0 cards');

  // "Search chats" finds the question and opens its conversation in Chat.
  await chat.page.getByTestId('cards-search-chats').check();
  await cards.search('hypokalemia');
  await chat.page.getByTestId('chat-hit').first().click();
  await expect(chat.page.getByTestId('open-chat')).toHaveAttribute('aria-current', 'page');
  await expect(chat.userMessages).toHaveText(['What is hypokalemia?']);
});

test('a big deck pages in as it scrolls: the last card of 2,000 shows at the bottom', async ({ chat, harness }) => {
  const cards = new FlashcardsPage(chat.page);
  const deck = (await harness.call('decks:create', { name: 'Big deck' })) as { id: number };
  for (let i = 1; i <= 2000; i += 1) {
    await harness.call('cards:create', { deckId: deck.id, front: `Card ${i}`, back: `Back ${i}` });
  }
  await chat.open();
  await cards.openCardsTab();
  await expect(cards.deck('Big deck')).toContainText('2,000 cards');
  await expect(cards.cardRows.first()).toContainText('Card 1');
  // Only the visible window is in the DOM, not 2,000 rows.
  expect(await cards.cardRows.count()).toBeLessThan(60);

  // Typed structurally: this file is checked without the DOM library.
  type Scrollable = { scrollTo(x: number, y: number): void; scrollHeight: number };
  await chat.page
    .getByTestId('card-list')
    .evaluate((list) => (list as unknown as Scrollable).scrollTo(0, (list as unknown as Scrollable).scrollHeight));
  await expect(chat.page.locator('[data-testid="card-row"][data-card-id]').last()).toContainText('Card 2000');
  await expect(cards.cardRows.filter({ hasText: /^Card 2000/ })).toHaveCount(1);

  // Deleting the deck can be undone, cards included.
  await cards.deck('Big deck').getByTestId('deck-delete').click();
  await expect(cards.toast).toContainText('Deleted deck Big deck (2,000 cards)');
  await expect(cards.decks).toHaveCount(0);
  await cards.toast.getByTestId('cards-toast-undo').click();
  await expect(cards.deck('Big deck')).toContainText('2,000 cards');
});
