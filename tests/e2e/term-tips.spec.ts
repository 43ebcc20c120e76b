// The "what is this?" tips on the Models screen, by keyboard and mouse: a tip is a button that says what it
// explains, opens its plain-words text under the term, closes with Esc (focus stays on it) and does not take
// the page's keys when closed; in German the question and the text are German.
import { test, expect } from './support/fixtures';
import { AppNav } from './pages/app-nav';

test.use({ viewport: { width: 1280, height: 800 } });

test('a tip opens and closes from the keyboard and by click, and explains its term', async ({ chat, page }) => {
  await chat.open();
  await new AppNav(page).go('open-models');
  await expect(page.getByTestId('setup-view')).toBeVisible();

  const tip = page.locator('[data-testid="term-tip"][data-term="lora"]');
  await expect(tip).toHaveAccessibleName('What does “LoRA” mean?');
  await expect(tip).toHaveAttribute('aria-expanded', 'false');
  const text = page.locator(`#${await tip.getAttribute('aria-controls')}`);
  await expect(text).toBeHidden();

  // Focused as Tab would; Enter opens it and focus stays on the button.
  await tip.focus();
  await page.keyboard.press('Enter');
  await expect(tip).toHaveAttribute('aria-expanded', 'true');
  await expect(text).toBeVisible();
  await expect(text).toContainText('small add-on file');
  await expect(tip).toBeFocused();

  // Esc closes it, and only it: focus stays, nothing else reacts.
  await page.keyboard.press('Escape');
  await expect(tip).toHaveAttribute('aria-expanded', 'false');
  await expect(text).toBeHidden();
  await expect(tip).toBeFocused();

  // Space and a click toggle it too; the next Tab goes on to the next control.
  await page.keyboard.press('Space');
  await expect(text).toBeVisible();
  await tip.click();
  await expect(text).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(tip).not.toBeFocused();
});

test.describe('with a German system', () => {
  test.use({ locale: 'de-DE' });

  test('the tip asks and explains in German', async ({ chat, page }) => {
    await chat.open();
    await new AppNav(page).go('open-models');
    const tip = page.locator('[data-testid="term-tip"][data-term="gguf"]');
    await expect(tip).toHaveAccessibleName('Was bedeutet „GGUF“?');
    await tip.click();
    await expect(page.locator(`#${await tip.getAttribute('aria-controls')}`)).toContainText('Dateiformat');
  });
});
