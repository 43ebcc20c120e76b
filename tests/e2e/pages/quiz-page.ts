// Page object for the Quiz view: question, answer box, verdict, back and the rating buttons.
import { expect, type Locator, type Page } from '@playwright/test';
import { AppNav } from './app-nav';

export class QuizPage {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.getByTestId('quiz-view');
  }

  get question(): Locator {
    return this.page.getByTestId('quiz-question');
  }

  get notice(): Locator {
    return this.page.getByTestId('quiz-question-notice');
  }

  get answer(): Locator {
    return this.page.getByTestId('quiz-answer');
  }

  get verdict(): Locator {
    return this.page.getByTestId('quiz-verdict');
  }

  get back(): Locator {
    return this.page.getByTestId('quiz-back');
  }

  get done(): Locator {
    return this.page.getByTestId('quiz-done');
  }

  rateButton(rating: 1 | 2 | 3 | 4): Locator {
    return this.page.getByTestId(`quiz-rate-${rating}`);
  }

  /** From the Review tab: a quiz over the due cards. */
  async startFromReview(): Promise<void> {
    await new AppNav(this.page).go('review-tab');
    await this.page.getByTestId('review-quiz').click();
    await expect(this.view).toBeVisible();
  }
}
