// Page object for the chat view: what a student clicks and reads, by stable test ids.
import { expect, type Locator, type Page } from '@playwright/test';

export class ChatPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens the app on the chat view; without a configured model that means skipping the first-run setup. */
  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/index.html`);
    await expect(this.page.getByTestId('disclaimer')).toBeVisible();
    await expect(this.page.locator('main[data-setup-check="done"]')).toBeAttached();
    if (await this.page.getByTestId('setup-view').isVisible()) await this.page.getByTestId('setup-skip').click();
  }

  get composer(): Locator {
    return this.page.getByTestId('composer-input');
  }

  get assistantMessages(): Locator {
    return this.page.getByTestId('message-assistant');
  }

  get userMessages(): Locator {
    return this.page.getByTestId('message-user');
  }

  get conversations(): Locator {
    return this.page.getByTestId('conversation-item');
  }

  async waitForModel(state: 'ready' | 'idle' = 'ready'): Promise<void> {
    await expect(this.page.getByTestId('model-status')).toHaveAttribute('data-state', state);
  }

  async ask(question: string): Promise<void> {
    await this.composer.fill(question);
    await this.composer.press('Enter');
    await expect(this.userMessages.last()).toContainText(question);
  }

  lastAnswer(): Locator {
    return this.assistantMessages.last();
  }

  /** The "Use my cards" switch of the open conversation (or the next new chat). */
  get useCardsToggle(): Locator {
    return this.page.getByRole('switch', { name: 'Use my cards' });
  }

  /** The numbered cards an answer cites, in order. */
  citationChips(answer: Locator): Locator {
    return answer.getByTestId('citation-chip');
  }

  async openConversation(index = 0): Promise<void> {
    await this.conversations.nth(index).click();
  }
}
