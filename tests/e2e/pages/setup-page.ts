// Page object for the first-run setup ("Models") screen: choices, the Download button and download cards.
import { expect, type Locator, type Page } from '@playwright/test';

export class SetupPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens the app and expects it to land on the setup screen (no model configured yet). */
  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/index.html`);
    await expect(this.page.getByTestId('disclaimer')).toBeVisible();
    await expect(this.view).toBeVisible();
  }

  get view(): Locator {
    return this.page.getByTestId('setup-view');
  }

  choice(entryId: string): Locator {
    return this.page.getByTestId(`setup-choice-${entryId}`);
  }

  card(entryId: string): Locator {
    return this.page.getByTestId(`download-${entryId}`);
  }

  progressBar(entryId: string): Locator {
    return this.card(entryId).getByTestId('download-progress');
  }

  async download(): Promise<void> {
    await this.page.getByTestId('setup-download').click();
  }

  /**
   * Samples the progress bar's value until the card reaches `state`, returning every value seen
   * (so a test can tell a bar that moves from one that jumps straight to the end).
   */
  async watchProgress(entryId: string, state: string, timeoutMs = 30_000): Promise<number[]> {
    const seen: number[] = [];
    const deadline = Date.now() + timeoutMs;
    while ((await this.card(entryId).getAttribute('data-state')) !== state) {
      if (Date.now() > deadline) throw new Error(`download ${entryId} did not reach ${state}; saw ${seen.join(', ')}`);
      const value = await this.progressBar(entryId)
        .getAttribute('aria-valuenow', { timeout: 1000 })
        .catch(() => null);
      if (value !== null && seen[seen.length - 1] !== Number(value)) seen.push(Number(value));
      await this.page.waitForTimeout(40);
    }
    return seen;
  }
}
