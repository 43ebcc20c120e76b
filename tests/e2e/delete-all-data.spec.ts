// Settings → Delete all my data: the dialog needs the confirmation word, then everything the student made is
// gone and the app reopens empty and working.
import AxeBuilder from '@axe-core/playwright';
import { populate, tableCounts } from '../fixtures/user-data';
import { ChatPage } from './pages/chat-page';
import { AppHarness } from './support/app-harness';
import { SCHEMES, WCAG_TAGS } from './support/axe-gate';
import { expect, test } from './support/fixtures';
import { settle } from './support/viewport';

test('Settings → Delete all my data deletes everything after the confirmation word and leaves an empty app', async ({
  page,
  bridgeScript,
  rendererServer,
}) => {
  const harness = new AppHarness({ bridgeScript });
  try {
    const populated = populate(harness.app.db);
    await harness.attach(page);
    await new ChatPage(page, rendererServer.url).open();
    await expect(page.getByTestId('conversation-item')).toHaveCount(populated.conversations);
    await page.getByTestId('open-settings').click();
    await page.getByTestId('delete-all-data').click();

    const dialog = page.getByTestId('delete-all-dialog');
    await expect(dialog).toContainText('Delete all your data?');
    await expect(dialog.getByTestId('delete-all-export-first')).toBeVisible();
    const confirm = dialog.getByTestId('delete-all-confirm-button');
    await expect(confirm).toBeDisabled();
    await dialog.getByTestId('delete-all-confirm').fill('DELET');
    await expect(confirm).toBeDisabled();
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      // Colours change with a short transition: checked half-way, a button can briefly fail contrast.
      await settle(page);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const blocking = violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
      expect(blocking.map((violation) => `${scheme}: ${violation.id}`)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    // Cancelling deletes nothing.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    expect(tableCounts(harness.app.db).conversations).toBe(populated.conversations);

    await page.getByTestId('delete-all-data').click();
    await page.getByTestId('delete-all-confirm').fill('delete');
    await page.getByTestId('delete-all-confirm-button').click();

    // The window reloads onto the empty data.
    await expect(page.getByTestId('delete-all-dialog')).toHaveCount(0);
    await expect(page.getByTestId('conversation-item')).toHaveCount(0);
    const counts = tableCounts(harness.app.db);
    expect({ ...counts, settings: 0 }).toEqual(Object.fromEntries(Object.keys(counts).map((table) => [table, 0])));
  } finally {
    // The reloaded window keeps polling; closed first, it does not call into the closed database.
    await page.close();
    await harness.close();
  }
});
