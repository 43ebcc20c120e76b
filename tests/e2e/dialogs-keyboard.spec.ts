// End to end, keyboard only: every dialog opens from the keyboard, takes focus, keeps Tab and Shift+Tab inside,
// closes on Esc from any element in it, gives focus back to what opened it, and leaves the page behind inert
// and hidden from assistive tech while open. Also the "?" keyboard help, which lists every shortcut.
import type { Locator, Page } from '@playwright/test';
import { MessageRepository } from '../../main/services/store';
import { test, expect } from './support/fixtures';
import type { AppHarness } from './support/app-harness';
import { expectFocusInside, expectPageBehindInert, expectTabTrapped, focusIsInside } from './support/dialog-keys';
import { FlashcardsPage } from './pages/flashcards-page';
import { ReviewPage } from './pages/review-page';

/** A finished answer stored as if the model had written it: its footer has Save card and Make cards. */
async function seedAnswer(harness: AppHarness): Promise<void> {
  const conversation = (await harness.call('conversations:create', { title: 'Potassium' })) as { id: number };
  const messages = new MessageRepository(harness.app.db);
  messages.addUser(conversation.id, 'What is hypokalemia?');
  const answer = messages.startAssistant(conversation.id, { modelName: 'test', profile: 'adapter' });
  messages.finish(answer.id, { content: 'A serum potassium below 3.5 mmol/L.', status: 'complete' });
}

/** Opens with the keyboard: focus the control, press Enter. */
async function openWithKeyboard(page: Page, opener: Locator): Promise<void> {
  await opener.focus();
  await page.keyboard.press('Enter');
}

/** The checks every dialog shares, from open to closed with Esc pressed on `escapeFrom`. */
async function checkKeyboardSafe(page: Page, dialog: Locator, opener: Locator, escapeFrom: Locator): Promise<void> {
  await expect(dialog).toBeVisible();
  await expectFocusInside(dialog);
  await expectPageBehindInert(page, true);
  await expectTabTrapped(page, dialog, 'Tab');
  await expectTabTrapped(page, dialog, 'Shift+Tab');
  await escapeFrom.focus();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expectPageBehindInert(page, false);
}

test('Save card: keyboard-safe, keys stay in it, and the form still saves from the keyboard', async ({
  chat,
  harness,
}) => {
  const page = chat.page;
  await seedAnswer(harness);
  await chat.open();
  await chat.openConversation(0);
  const opener = chat.lastAnswer().getByTestId('save-card');
  const dialog = page.getByRole('dialog', { name: 'Save card' });

  await openWithKeyboard(page, opener);
  await expect(dialog.getByTestId('card-front')).toBeFocused();
  await expect(dialog).toHaveAttribute('data-testid', 'card-dialog');
  // "?" on a button in the dialog is the dialog's key: the keyboard help does not open behind it.
  await dialog.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('?');
  await expect(page.getByTestId('keyboard-help')).toHaveCount(0);
  await checkKeyboardSafe(page, dialog, opener, dialog.getByRole('button', { name: 'Cancel' }));

  // Esc from a text field closes it as well.
  await openWithKeyboard(page, opener);
  await expect(dialog.getByTestId('card-front')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // Enter on Save submits the form; the dialog closes and focus is back on the button.
  await openWithKeyboard(page, opener);
  await dialog.getByTestId('card-save').focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('card-saved-toast')).toContainText('Saved to Inbox');
  await expect(opener).toBeFocused();
});

test('Make cards from an answer: keyboard-safe; a click on the backdrop closes it too', async ({ chat, harness }) => {
  const page = chat.page;
  await seedAnswer(harness);
  await chat.open();
  await chat.openConversation(0);
  const opener = chat.lastAnswer().getByTestId('make-cards');
  const dialog = page.getByRole('dialog', { name: 'Make cards' });

  await openWithKeyboard(page, opener);
  await expect(dialog.getByTestId('make-cards-deck')).toBeFocused();
  await checkKeyboardSafe(page, dialog, opener, dialog.getByTestId('make-cards-generate'));

  await openWithKeyboard(page, opener);
  await expect(dialog).toBeVisible();
  // The dialog listens for outside clicks from a moment after it opens (so the opening click cannot close it):
  // a click that lands before then is ignored, so click again until it closes.
  await expect(async () => {
    await page.mouse.click(5, 5);
    await expect(dialog).toBeHidden({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(opener).toBeFocused();
});

test('Make cards on a topic, from the Cards toolbar: keyboard-safe, Esc from the topic field', async ({
  chat,
  harness,
}) => {
  const page = chat.page;
  const cards = new FlashcardsPage(page);
  await harness.call('decks:create', { name: 'Renal' });
  await chat.open();
  await cards.openCardsTab();
  await cards.deck('Renal').getByRole('button', { name: /Renal/ }).first().click();
  const opener = page.getByTestId('flashcards-view').getByTestId('make-cards');
  const dialog = page.getByRole('dialog', { name: 'Make cards' });

  await openWithKeyboard(page, opener);
  const topic = dialog.getByTestId('make-cards-topic');
  await expect(topic).toBeFocused();
  await page.keyboard.type('Loop diuretics');
  await expect(dialog.getByTestId('make-cards-generate')).toBeEnabled();
  await checkKeyboardSafe(page, dialog, opener, topic);
});

test('the keyboard help: "?" or the header button opens it, Esc or Close shuts it, focus comes back', async ({
  chat,
}, testInfo) => {
  const page = chat.page;
  await chat.open();
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });

  // "?" from a control that takes no text.
  const chatTab = page.getByTestId('open-chat');
  await chatTab.focus();
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  await expect(help).toHaveAttribute('data-testid', 'keyboard-help');
  for (const group of ['Chat', 'Review', 'Quiz']) {
    await expect(help.getByRole('heading', { name: group, exact: true })).toBeVisible();
  }
  await expect(help.getByRole('definition').filter({ hasText: 'Show answer' })).toBeVisible();
  await expect(help.locator('kbd', { hasText: 'Space' })).toBeVisible();
  await checkKeyboardSafe(page, help, chatTab, help.getByTestId('keyboard-help-close'));

  // "?" typed into the question box is a question mark, not the help.
  await chat.composer.focus();
  await page.keyboard.type('Why?');
  await expect(chat.composer).toHaveValue('Why?');
  await expect(help).toHaveCount(0);

  // The header's button, and its Close button, from the keyboard; in dark mode the backdrop stays visible.
  await page.emulateMedia({ colorScheme: 'dark' });
  const button = page.getByTestId('keyboard-help-open');
  await expect(button).toHaveAccessibleName('Keyboard shortcuts');
  await openWithKeyboard(page, button);
  await expect(help).toBeVisible();
  await expectFocusInside(help);
  // At least 70% opaque: Tailwind's color-mix serialises as "oklab(0 0 0 / 0.75)" (or rgba(…, 0.75)).
  await expect(page.getByTestId('modal-backdrop')).toHaveCSS('background-color', /(?:\/|,) ?(?:0\.[789]\d*|1)\)$/);
  await page.screenshot({ path: testInfo.outputPath('keyboard-help-dark.png') });
  await page.keyboard.press('Tab');
  await expect(help.getByTestId('keyboard-help-close')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(help).toBeHidden();
  await expect(button).toBeFocused();
});

test('the keyboard help over Review: its keys stay in the help, Review answers again once it closes', async ({
  chat,
  harness,
}) => {
  const page = chat.page;
  const review = new ReviewPage(page);
  await harness.call('cards:create', { deckId: null, front: 'Normal serum potassium?', back: '3.5–5.0 mmol/L' });
  await chat.open();
  await review.open();
  await expect(review.front).toHaveText('Normal serum potassium?');

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  expect(await focusIsInside(help)).toBe(true);
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(review.back).toBeHidden();
  await expect(page.getByTestId('review-left')).toHaveText('1 left');

  await page.keyboard.press('Space');
  await expect(review.back).toHaveText('3.5–5.0 mmol/L');
});
