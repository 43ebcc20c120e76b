// The layout holds from the app's minimum window (720×480) down to 200% zoom: no view scrolls sideways or
// reaches past the right edge, every view opens through the header's menu, and at 200% of the minimum window
// (360×240 CSS px) a conversation, a card and a review still open. Screenshots of each view at 720×480 and at
// 200% go to the test output.
import { writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { MessageRepository } from '../../main/services/store';
import { AppNav } from './pages/app-nav';
import { FlashcardsPage } from './pages/flashcards-page';
import { QuizPage } from './pages/quiz-page';
import { ReviewPage } from './pages/review-page';
import { SetupPage } from './pages/setup-page';
import type { AppHarness } from './support/app-harness';
import { expect, test } from './support/fixtures';
import {
  atZoom,
  measureOverflow,
  MIN_WINDOW,
  settle,
  ZOOM_200,
  ZOOM_200_MIN_WINDOW,
  type OverflowMeasure,
} from './support/viewport';

const FITS = { documentPx: 0, beyondViewportPx: 0 };
const WIDE_SIZES = [
  { width: 1024, height: 700 },
  { width: 1200, height: 800 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

async function attachShot(testInfo: TestInfo, name: string, body: Buffer): Promise<void> {
  const path = testInfo.outputPath(name);
  writeFileSync(path, body);
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

function report(measure: OverflowMeasure): string {
  return `page ${measure.documentPx}px wider, ${measure.beyondViewportPx}px past the edge (${measure.widest})`;
}

/** Measures the open view at 720×480 and at 200% zoom, with a screenshot of each; leaves the page at 720×480. */
async function expectFits(page: Page, testInfo: TestInfo, state: string): Promise<void> {
  await page.setViewportSize(MIN_WINDOW);
  await settle(page);
  const atMin = await measureOverflow(page);
  expect.soft(atMin, `${state} at 720×480: ${report(atMin)}`).toMatchObject(FITS);
  await attachShot(testInfo, `${slug(state)}--720x480.png`, await page.screenshot({ animations: 'disabled' }));
  await atZoom(
    page,
    ZOOM_200,
    async (zoomed) => {
      const atZoomed = await measureOverflow(page);
      expect.soft(atZoomed, `${state} at 200%: ${report(atZoomed)}`).toMatchObject(FITS);
      await attachShot(testInfo, `${slug(state)}--200pct.png`, await zoomed.screenshot());
    },
    MIN_WINDOW,
  );
  await settle(page);
}

async function seedAnswer(harness: AppHarness): Promise<void> {
  const messages = new MessageRepository(harness.app.db);
  for (let i = 1; i <= 3; i++) {
    const spare = (await harness.call('conversations:create', { title: `Spare ${i}` })) as { id: number };
    messages.addUser(spare.id, `Spare question ${i}`);
  }
  const conversation = (await harness.call('conversations:create', {
    title: 'What is hypokalemia?',
  })) as { id: number };
  messages.addUser(conversation.id, 'What is hypokalemia?');
  const answer = messages.startAssistant(conversation.id, { modelName: 'Tiny test model', profile: 'adapter' });
  messages.finish(answer.id, {
    content:
      'Hypokalemia is a serum potassium below 3.5 mmol/L. Common causes are diuretics, vomiting and diarrhoea; ' +
      'it can cause muscle weakness, cramps and arrhythmias.\n\n| Level | mmol/L |\n|---|---|\n| Mild | 3.0–3.4 |',
    status: 'complete',
    tokens: 60,
    tokensPerSecond: 108.4,
    error: null,
  });
}

async function seedCards(harness: AppHarness): Promise<void> {
  const deck = (await harness.call('decks:create', { name: 'Electrolytes and acid–base balance' })) as {
    id: number;
  };
  for (let i = 1; i <= 6; i++)
    await harness.call('cards:create', {
      deckId: deck.id,
      front: `Card ${i}: what is the normal serum potassium range, and what is below it called?`,
      back: '3.5–5.0 mmol/L; below is hypokalemia, above is hyperkalemia.',
      tags: ['electrolytes', 'renal-physiology'],
    });
}

test('first run and the empty chat fit the minimum window and 200% zoom', async ({
  page,
  harness,
  rendererServer,
}, testInfo) => {
  await page.setViewportSize(MIN_WINDOW);
  await harness.attach(page);
  await new SetupPage(page, rendererServer.url).open();
  await expectFits(page, testInfo, 'Setup (first run)');
  await page.getByTestId('setup-skip').click();
  await expect(page.getByTestId('composer-input')).toBeVisible();
  await expectFits(page, testInfo, 'Chat (empty, no model)');
});

test('every main view opens through the menu and fits the minimum window and 200% zoom', async ({
  chat,
  harness,
  tinyModel,
}, testInfo) => {
  const page = chat.page;
  const nav = new AppNav(page);
  const cards = new FlashcardsPage(page);
  const review = new ReviewPage(page);
  const quiz = new QuizPage(page);
  await seedAnswer(harness);
  await seedCards(harness);
  // With the adapter, so the chat's adapter bar and the Compare and Evaluate forms are at their widest.
  await harness.useModel(tinyModel.modelPath, tinyModel.loraPath);

  await page.setViewportSize(MIN_WINDOW);
  await chat.open();
  await chat.waitForModel('ready');
  await chat.conversations.filter({ hasText: 'What is hypokalemia?' }).click();
  await expect(chat.lastAnswer().getByTestId('regenerate')).toBeVisible();
  await expectFits(page, testInfo, 'Chat (answer)');
  // From the narrowest window that shows the tabs up to 4K, the header holds them with the model's status.
  for (const size of WIDE_SIZES) {
    await page.setViewportSize(size);
    await settle(page);
    await expect(page.getByTestId('open-settings')).toBeVisible();
    const measure = await measureOverflow(page);
    expect.soft(measure, `Chat (answer) at ${size.width}×${size.height}: ${report(measure)}`).toMatchObject(FITS);
  }

  await nav.go('open-compare');
  await expect(page.getByTestId('compare-question')).toBeVisible();
  await expectFits(page, testInfo, 'Compare');

  await nav.go('open-evaluate');
  await expect(page.getByTestId('evaluate-view')).toBeVisible();
  await expectFits(page, testInfo, 'Evaluate');

  await nav.go('open-settings');
  await expect(page.getByTestId('settings-save')).toBeVisible();
  await expectFits(page, testInfo, 'Settings');

  await nav.go('open-models');
  await expect(page.getByTestId('setup-view')).toBeVisible();
  await expectFits(page, testInfo, 'Models');

  await cards.openCardsTab();
  await expect(cards.cardRows.first()).toBeVisible();
  await expectFits(page, testInfo, 'Cards (deck list)');
  await cards.cardRows.first().click();
  await expect(cards.editor.getByTestId('editor-front')).toBeVisible();
  await expectFits(page, testInfo, 'Cards (card open)');

  await review.open();
  await expect(review.front).toBeVisible();
  await expectFits(page, testInfo, 'Review (due card)');
  await page.getByTestId('review-reveal').click();
  await expect(review.back).toBeVisible();
  await expectFits(page, testInfo, 'Review (answer revealed)');

  await quiz.startFromReview();
  await expect(quiz.question).toBeVisible();
  await expectFits(page, testInfo, 'Quiz (question)');
  await quiz.answer.fill('3.5 to 5 mmol/L');
  await quiz.answer.press('Enter');
  await expect(quiz.verdict).toBeVisible();
  await expectFits(page, testInfo, 'Quiz (graded)');
});

test('at 200% of the minimum window a conversation, a card and a review open', async ({ chat, harness }, testInfo) => {
  const page = chat.page;
  const nav = new AppNav(page);
  const cards = new FlashcardsPage(page);
  const review = new ReviewPage(page);
  await seedAnswer(harness);
  await seedCards(harness);

  const fits = async (state: string, zoomed: { screenshot(): Promise<Buffer> }) => {
    await settle(page);
    const measure = await measureOverflow(page);
    expect.soft(measure, `${state} at 360×240: ${report(measure)}`).toMatchObject(FITS);
    await attachShot(testInfo, `${slug(state)}--200pct-of-720x480.png`, await zoomed.screenshot());
  };

  await chat.open();
  await atZoom(page, ZOOM_200_MIN_WINDOW, async (zoomed) => {
    // The conversation list is folded away behind its toggle; opening one shows the chat again.
    const toggle = page.getByTestId('conversations-toggle');
    await expect(chat.conversations.first()).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await fits('Chat (conversation list)', zoomed);
    await chat.conversations.filter({ hasText: 'What is hypokalemia?' }).click();
    await expect(chat.lastAnswer()).toContainText('Hypokalemia is a serum potassium');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
    await expect(chat.composer).toBeVisible();
    await fits('Chat (answer)', zoomed);

    await nav.go('cards-tab');
    await page.getByTestId('decks-toggle').click();
    await cards.deck('Electrolytes and acid–base balance').getByRole('button').first().click();
    await cards.cardRows.first().click();
    // The editor takes the list's place, with the focus on its way back.
    await expect(cards.editor.getByTestId('editor-front')).toBeVisible();
    await expect(page.getByTestId('card-list-back')).toBeFocused();
    await fits('Cards (card open)', zoomed);
    await page.getByTestId('card-list-back').click();
    await expect(cards.cardRows.first()).toBeFocused();

    await review.open();
    await page.getByTestId('review-reveal').click();
    await expect(review.back).toBeVisible();
    await expect(review.rateButton(3)).toBeVisible();
    await fits('Review (answer revealed)', zoomed);
  });
});

test('the header menu works from the keyboard where the tabs do not fit', async ({ chat }) => {
  const page = chat.page;
  const nav = new AppNav(page);
  await chat.open();
  // Wide enough: the tabs are in the header and there is no menu.
  await expect(page.getByTestId('open-settings')).toBeVisible();
  await expect(nav.menuButton).toHaveCount(0);

  await page.setViewportSize(MIN_WINDOW);
  await expect(nav.menuButton).toBeVisible();
  await expect(nav.menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.menuButton).toContainText('Chat');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // Enter opens it on the current view; arrows, Home and End move; Esc closes it back onto the button.
  await nav.menuButton.focus();
  await page.keyboard.press('Enter');
  await expect(nav.menuButton).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('open-chat')).toBeFocused();
  await expect(page.getByTestId('open-chat')).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('open-compare')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByTestId('open-models')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('open-chat')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('open-models')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(nav.menuList).toBeHidden();
  await expect(nav.menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.menuButton).toBeFocused();

  // Tab walks the entries like any list of buttons; Enter on one opens its view and closes the menu.
  await page.keyboard.press('Space');
  await expect(page.getByTestId('open-chat')).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  await expect(page.getByTestId('open-settings')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('settings-save')).toBeVisible();
  await expect(nav.menuList).toBeHidden();
  await expect(nav.menuButton).toBeFocused();
  await expect(nav.menuButton).toContainText('Settings');

  // Tabbing past the last entry, or a click elsewhere, closes it too.
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await expect(page.getByTestId('open-models')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(nav.menuList).toBeHidden();
  await nav.menuButton.click();
  await expect(nav.menuList).toBeVisible();
  await page.getByTestId('disclaimer').click();
  await expect(nav.menuList).toBeHidden();
});

// Longer tab names (German, French) must still fit where the tabs are shown, next to a loaded model's status.
for (const locale of ['de-DE', 'fr-FR', 'es-ES']) {
  test.describe(`with a ${locale} system`, () => {
    test.use({ locale });

    test('the header holds its tabs from 1024 px up', async ({ chat, harness, tinyModel }) => {
      const page = chat.page;
      await harness.useModel(tinyModel.modelPath, tinyModel.loraPath);
      await chat.open();
      await chat.waitForModel('ready');
      await expect(page.locator('html')).toHaveAttribute('lang', locale.slice(0, 2));
      for (const size of WIDE_SIZES.slice(0, 2)) {
        await page.setViewportSize(size);
        await settle(page);
        await expect(page.getByTestId('open-settings')).toBeVisible();
        const measure = await measureOverflow(page);
        expect.soft(measure, `${locale} at ${size.width}×${size.height}: ${report(measure)}`).toMatchObject(FITS);
      }
    });
  });
}
