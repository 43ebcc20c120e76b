// Page object for flashcards: the "Save card" dialog on answers and the Cards view, by stable test ids.
import { expect, type Locator, type Page } from '@playwright/test';
import { AppNav } from './app-nav';

export class FlashcardsPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByTestId('card-dialog');
  }

  get decks(): Locator {
    return this.page.getByTestId('deck-item');
  }

  get cardRows(): Locator {
    return this.page.getByTestId('card-row');
  }

  get editor(): Locator {
    return this.page.getByTestId('card-editor');
  }

  get toast(): Locator {
    return this.page.getByTestId('cards-toast');
  }

  /** Opens the dialog from an answer's footer. */
  async openSaveDialog(answer: Locator): Promise<void> {
    await answer.getByTestId('save-card').click();
    await expect(this.dialog).toBeVisible();
  }

  /** Chooses "New deck…" in the dialog and names it. */
  async chooseNewDeck(name: string): Promise<void> {
    await this.dialog.getByTestId('card-deck').selectOption('new');
    await this.dialog.getByTestId('card-deck-new-name').fill(name);
  }

  async openCardsTab(): Promise<void> {
    await new AppNav(this.page).go('cards-tab');
    await expect(this.page.getByTestId('flashcards-view')).toBeVisible();
  }

  deck(name: string): Locator {
    return this.decks.filter({ has: this.page.getByTestId('deck-name').getByText(name, { exact: true }) });
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('cards-search').fill(text);
  }
}
