// The header's navigation at any window size: the tabs, or (when they do not fit) the menu that holds them.
import { expect, type Locator, type Page } from '@playwright/test';

export type NavTarget =
  'open-chat' | 'open-compare' | 'open-evaluate' | 'cards-tab' | 'review-tab' | 'open-settings' | 'open-models';

export class AppNav {
  constructor(readonly page: Page) {}

  /** The menu button shown instead of the tabs at narrow widths. */
  get menuButton(): Locator {
    return this.page.getByTestId('nav-menu');
  }

  get menuList(): Locator {
    return this.page.getByTestId('nav-menu-list');
  }

  /**
   * Whether the menu is open. Bounded: the button may go between reading it and this call (the header swaps it for
   * the tabs a frame after a resize), and an unbounded read would wait for it forever.
   */
  async isMenuOpen(timeout = 5_000): Promise<boolean> {
    return (await this.menuButton.getAttribute('aria-expanded', { timeout })) === 'true';
  }

  /**
   * Opens a view by its tab, opening the menu first where the tabs are folded into it. Retried as a whole: just
   * after a resize the header may still be switching between the tabs and the menu (a media-query change lands a
   * frame later), and a click on the control that is about to go would wait for it forever.
   */
  async go(target: NavTarget): Promise<void> {
    const tab = this.page.getByTestId(target);
    let lastError: unknown = null;
    const until = Date.now() + 30_000;
    while (Date.now() < until) {
      try {
        if (!(await tab.isVisible()) && (await this.menuButton.isVisible())) {
          if (!(await this.isMenuOpen(2_000))) {
            await this.menuButton.click({ timeout: 5_000 });
          }
          await expect(this.menuList).toBeVisible({ timeout: 5_000 });
        }
        await tab.click({ timeout: 10_000 });
        return;
      } catch (error) {
        lastError = error;
      }
    }
    // The last attempt's reason (what covered the tab, or what it waited for), not only "timed out".
    throw new Error(`could not open ${target}: ${lastError instanceof Error ? lastError.message : String(lastError)}`);
  }
}
