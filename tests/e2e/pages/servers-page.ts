// Page object for Settings → Servers (optional) and the chat's per-conversation engine: what a student clicks
// and reads, by stable test ids.
import { expect, type Locator, type Page } from '@playwright/test';
import { AppNav } from './app-nav';

export class ServersPage {
  private readonly nav: AppNav;

  constructor(readonly page: Page) {
    this.nav = new AppNav(page);
  }

  get section(): Locator {
    return this.page.getByTestId('servers-section');
  }

  get items(): Locator {
    return this.page.getByTestId('server-item');
  }

  item(name: string): Locator {
    return this.items.filter({ hasText: name });
  }

  get removeDialog(): Locator {
    return this.page.getByTestId('remove-server-dialog');
  }

  /** The "Answers from" select above the chat (shown once a server exists). */
  get engineSelect(): Locator {
    return this.page.getByTestId('engine-select');
  }

  /** The header's "Remote: NAME" badge. */
  badge(name: string): Locator {
    return this.page.getByRole('status', { name: `Remote: ${name}` });
  }

  async openSettings(): Promise<void> {
    await this.nav.go('open-settings');
    await expect(this.section).toBeVisible();
  }

  async openChat(): Promise<void> {
    await this.nav.go('open-chat');
    await expect(this.page.getByTestId('composer-input')).toBeVisible();
  }

  /** Fills and saves the add form: llama-server with adapter number 0 unless changed after opening. */
  async add(name: string, address: string): Promise<void> {
    await this.page.getByTestId('server-add').click();
    await this.page.getByTestId('server-name').fill(name);
    await this.page.getByTestId('server-url').fill(address);
    await this.page.getByTestId('server-save').click();
    await expect(this.item(name)).toBeVisible();
  }

  async test(name: string): Promise<Locator> {
    await this.item(name).getByTestId('server-test').click();
    return this.item(name).getByTestId('server-test-result');
  }

  async remove(name: string): Promise<void> {
    await this.item(name).getByTestId('server-remove').click();
    await expect(this.removeDialog).toBeVisible();
    await this.removeDialog.getByTestId('remove-server-confirm').click();
    await expect(this.removeDialog).toBeHidden();
    await expect(this.item(name)).toHaveCount(0);
  }

  async useEngine(label: string): Promise<void> {
    await this.engineSelect.selectOption({ label });
  }
}
