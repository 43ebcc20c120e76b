// Page object for the Review view: the tab, the card, reveal, rating buttons and the stats panel.
import { expect, type Locator, type Page } from '@playwright/test';

export class ReviewPage {
  constructor(readonly page: Page) {}

  get tab(): Locator {
    return this.page.getByTestId('review-tab');
  }

  get front(): Locator {
    return this.page.getByTestId('review-card-front');
  }

  get back(): Locator {
    return this.page.getByTestId('review-card-back');
  }

  get empty(): Locator {
    return this.page.getByTestId('review-empty');
  }

  get stats(): Locator {
    return this.page.getByTestId('review-stats');
  }

  rateButton(grade: 1 | 2 | 3 | 4): Locator {
    return this.page.getByTestId(`review-rate-${grade}`);
  }

  interval(grade: 1 | 2 | 3 | 4): Locator {
    return this.page.getByTestId(`review-interval-${grade}`);
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.page.getByTestId('review-view')).toBeVisible();
  }
}
