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

  /** Opens a view by its tab, opening the menu first where the tabs are folded into it. */
  async go(target: NavTarget): Promise<void> {
    if (await this.menuButton.isVisible()) {
      if ((await this.menuButton.getAttribute('aria-expanded')) !== 'true') await this.menuButton.click();
      await expect(this.menuList).toBeVisible();
    }
    await this.page.getByTestId(target).click();
  }
}
