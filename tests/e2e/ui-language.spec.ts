// The interface language: picking Deutsch in Settings switches the whole app at once (<html lang>, header,
// disclaimer) and is kept after a restart; with the default setting the app follows the browser/OS language.
import { test, expect } from './support/fixtures';

test.use({ viewport: { width: 1280, height: 800 } });

test('choosing Deutsch in Settings switches the app to German at once, and back to the system language', async ({
  chat,
  page,
}) => {
  await chat.open();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('open-settings')).toHaveText('Settings');

  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-ui-language').selectOption('de');

  await expect(html).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('navigation', { name: 'Hauptmenü' })).toBeVisible();
  await expect(page.getByTestId('open-settings')).toHaveText('Einstellungen');
  await expect(page.getByTestId('cards-tab')).toHaveText('Karten');
  await expect(page.getByTestId('open-models')).toHaveText('Modelle');
  await expect(page.getByTestId('disclaimer')).toHaveText(/^Nur für Lernzwecke – keine medizinische Beratung\./);
  await expect(page.getByTestId('settings-ui-language')).toHaveValue('de');

  // Saved: a restart opens in German before anything else is clicked.
  await chat.open();
  await expect(html).toHaveAttribute('lang', 'de');
  await expect(page.getByTestId('open-settings')).toHaveText('Einstellungen');

  // "Same as this computer" is English here (the browser's language is en-US).
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('settings-ui-language').locator('option[value="system"]')).toHaveText(
    'Wie dieser Computer (English)',
  );
  await page.getByTestId('settings-ui-language').selectOption('system');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('open-settings')).toHaveText('Settings');
});

test.describe('with a Spanish system', () => {
  test.use({ locale: 'es-ES' });

  test('the default setting follows the system language from the first screen', async ({ chat, page }) => {
    await chat.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByTestId('open-settings')).toHaveText('Ajustes');
    await expect(page.getByTestId('disclaimer')).toHaveText(/^Solo con fines educativos/);
  });
});
