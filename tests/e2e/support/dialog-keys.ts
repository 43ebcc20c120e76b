// Keyboard checks shared by the dialog specs: where focus is, Tab and Shift+Tab staying inside, the page behind
// inert and hidden from assistive tech.
import { expect, type Locator, type Page } from '@playwright/test';

/** A readable name for the focused element (its test id, else its text), for failure messages. */
export async function focusedName(page: Page): Promise<string> {
  const focused = page.locator('*:focus');
  if ((await focused.count()) === 0) return '(body)';
  const id = await focused.first().getAttribute('data-testid');
  if (id !== null) return id;
  return (await focused.first().innerText()).trim().slice(0, 30) || '(unnamed)';
}

/** True when the dialog or an element inside it has focus. */
export async function focusIsInside(dialog: Locator): Promise<boolean> {
  return (await dialog.and(dialog.page().locator('*:focus-within')).count()) > 0;
}

/** Waits until focus has moved into the dialog (it moves on open, before any key is pressed). */
export async function expectFocusInside(dialog: Locator): Promise<void> {
  await expect.poll(() => focusIsInside(dialog), { message: 'focus moved into the dialog' }).toBe(true);
}

/**
 * Presses Tab (or Shift+Tab) more times than the dialog has controls: focus never leaves the dialog, and it
 * comes round to an element it already visited (it wraps instead of walking out into the page).
 */
export async function expectTabTrapped(page: Page, dialog: Locator, key: 'Tab' | 'Shift+Tab'): Promise<string[]> {
  const tabbables = await dialog
    .locator(
      'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])',
    )
    .filter({ visible: true })
    .count();
  expect(tabbables, 'the dialog has something to Tab to').toBeGreaterThan(0);
  const visited: string[] = [];
  for (let i = 0; i < tabbables + 2; i++) {
    await page.keyboard.press(key);
    const name = await focusedName(page);
    expect(await focusIsInside(dialog), `${key} #${i + 1} left the dialog for ${name}`).toBe(true);
    visited.push(name);
  }
  expect(new Set(visited).size, `${key} wrapped round: ${visited.join(', ')}`).toBeLessThan(visited.length);
  return visited;
}

/** While a modal is open, the app behind it is inert and hidden from assistive tech; afterwards it is not. */
export async function expectPageBehindInert(page: Page, inert: boolean): Promise<void> {
  const root = page.locator('#root');
  await expect(root).toHaveJSProperty('inert', inert);
  if (inert) await expect(root).toHaveAttribute('aria-hidden', 'true');
  else await expect(root).not.toHaveAttribute('aria-hidden', 'true');
}
