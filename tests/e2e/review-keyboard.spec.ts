// A whole review session without a mouse: Tab, Space, 1–4, Ctrl+Z. Focus never drops to the page body,
// Tab onto the retention slider does not hide the answer, and a retention change keeps the card.
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { expectFocusOffBody, focused, liveRegion, tabTo } from './support/focus';
import { ReviewPage } from './pages/review-page';

const CARDS = [
  { front: 'Normal serum potassium?', back: '3.5–5.0 mmol/L' },
  { front: 'Normal serum sodium?', back: '135–145 mmol/L' },
  { front: 'Normal fasting glucose?', back: '3.9–5.5 mmol/L' },
] as const;

function backOf(front: string): string {
  const card = CARDS.find((c) => c.front === front);
  if (card === undefined) throw new Error(`unexpected card ${front}`);
  return card.back;
}

/** Opens the app and leaves the first-run screen with the keyboard. */
async function openWithKeyboard(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/index.html`);
  await expect(page.locator('main[data-setup-check="done"]')).toBeAttached();
  const skip = page.getByTestId('setup-skip');
  if (await page.getByTestId('setup-view').isVisible()) {
    await tabTo(page, skip);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('setup-view')).toBeHidden();
}

async function storedRetention(call: (channel: string, payload: unknown) => Promise<unknown>): Promise<number> {
  return ((await call('review:getSettings', {})) as { desiredRetention: number }).desiredRetention;
}

test('a whole review session with the keyboard only', async ({ page, harness, rendererServer }) => {
  await harness.attach(page);
  for (const card of CARDS) await harness.call('cards:create', { deckId: null, ...card });
  const call = (channel: string, payload: unknown) => harness.call(channel, payload);
  const retentionAtStart = await storedRetention(call);
  const review = new ReviewPage(page);

  await openWithKeyboard(page, rendererServer.url);
  await expect(review.tab).toContainText('3');
  await tabTo(page, review.tab);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('review-view')).toBeVisible();

  // The keys are on screen, not only in tooltips.
  await expect(review.shortcuts).toBeVisible();
  for (const text of ['Space', 'Show answer', '1', 'Again', '4', 'Easy', 'Ctrl', 'Undo the last rating']) {
    await expect(review.shortcuts).toContainText(text);
  }

  // Reveal: focus moves to the "Answer" heading, and the back is announced.
  const firstFront = (await review.front.innerText()).trim();
  await page.keyboard.press('Space');
  await expect(review.back).toHaveText(backOf(firstFront));
  await expect(review.answerHeading).toBeFocused();
  await expect(liveRegion(page)).toHaveText(`Answer: ${backOf(firstFront)}`);

  // Tab onto the retention slider: the answer stays, nothing is stored.
  await tabTo(page, review.retentionSlider);
  await page.waitForTimeout(300);
  await expect(review.back).toBeVisible();
  await expect(review.front).toHaveText(firstFront);
  expect(await storedRetention(call)).toBe(retentionAtStart);

  // A real change is stored when the key comes up; the card and its answer stay on screen.
  const before = Number(await review.retentionSlider.inputValue());
  await page.keyboard.press('ArrowLeft');
  await expect(review.retentionSlider).toHaveValue(String(before - 1));
  await expect.poll(() => storedRetention(call)).toBeCloseTo((before - 1) / 100, 5);
  await expect(review.back).toHaveText(backOf(firstFront));
  await expect(review.front).toHaveText(firstFront);
  await expect(review.retentionSlider).toBeFocused();

  // Back to the card's controls and rate with a number key: the next card's front takes focus.
  await tabTo(page, review.rateButton(3), { backwards: true });
  await page.keyboard.press('3');
  await expect(review.front).not.toHaveText(firstFront);
  await expect(review.back).toBeHidden();
  await expect(review.frontHeading).toBeFocused();
  await expect(page.getByTestId('review-left')).toHaveText('2 left');

  // The second card: Again. The third: Easy. Each rating deals the next card with focus on its front.
  const secondFront = (await review.front.innerText()).trim();
  await page.keyboard.press('Space');
  await expect(review.answerHeading).toBeFocused();
  await expect(review.back).toHaveText(backOf(secondFront));
  await page.keyboard.press('1');
  await expect(review.front).not.toHaveText(secondFront);
  await expect(review.frontHeading).toBeFocused();

  const thirdFront = (await review.front.innerText()).trim();
  expect(new Set([firstFront, secondFront, thirdFront]).size).toBe(3);
  await page.keyboard.press('Space');
  await expect(review.answerHeading).toBeFocused();
  await expect(review.back).toHaveText(backOf(thirdFront));
  await page.keyboard.press('4');

  // Nothing left: focus is on the "Nothing due" message, not on the body.
  await expect(review.empty).toBeVisible();
  await expect(review.empty).toBeFocused();
  await expectFocusOffBody(page);

  // Ctrl+Z brings the last card back, focused, and says so.
  await page.keyboard.press('Control+z');
  await expect(review.front).toHaveText(thirdFront);
  await expect(review.frontHeading).toBeFocused();
  await expect(liveRegion(page)).toHaveText('Rating undone.');
  expect((await focused(page)).tag).not.toBe('body');
});
