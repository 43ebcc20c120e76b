// Page object for the Review view: the tab, the card, reveal, rating buttons and the stats panel.
import { expect, type Locator, type Page } from '@playwright/test';
import { AppNav } from './app-nav';

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

  get revealButton(): Locator {
    return this.page.getByTestId('review-reveal');
  }

  /** The "Answer" heading above the back, where focus lands on reveal. */
  get answerHeading(): Locator {
    return this.page.getByTestId('review-answer-heading');
  }

  /** The front's heading (the card's heading), where focus lands when a card is dealt after a rating. */
  get frontHeading(): Locator {
    return this.page.getByRole('heading', { level: 2 }).filter({ has: this.front });
  }

  get retentionSlider(): Locator {
    return this.page.getByTestId('review-retention-setting');
  }

  /** The on-screen list of Review's keys. */
  get shortcuts(): Locator {
    return this.page.getByTestId('review-shortcuts');
  }

  rateButton(grade: 1 | 2 | 3 | 4): Locator {
    return this.page.getByTestId(`review-rate-${grade}`);
  }

  interval(grade: 1 | 2 | 3 | 4): Locator {
    return this.page.getByTestId(`review-interval-${grade}`);
  }

  async open(): Promise<void> {
    await new AppNav(this.page).go('review-tab');
    await expect(this.page.getByTestId('review-view')).toBeVisible();
  }
}
