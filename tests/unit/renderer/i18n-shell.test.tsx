// The shell in another language: server-rendered after switching i18next, so a string left in English (or a
// key shown raw) in the disclaimer, the shared notices or the language picker fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { AppHeader } from '../../../renderer/src/components/layout/AppHeader';
import { Disclaimer } from '../../../renderer/src/components/layout/Disclaimer';
import { ErrorBanner } from '../../../renderer/src/components/ui/ErrorBanner';
import { Toast } from '../../../renderer/src/components/ui/Toast';
import { UiLanguagePanel } from '../../../renderer/src/features/settings/components/UiLanguagePanel';
import { i18n } from '../../../renderer/src/i18n';
import { ApiProvider } from '../../../renderer/src/lib/api';
import { fakeApi } from './fixtures';

const noop = () => undefined;

describe('the shell in German', () => {
  beforeAll(() => i18n.changeLanguage('de'));
  afterAll(() => i18n.changeLanguage('en'));

  it('shows the disclaimer and the dismiss buttons in German', () => {
    expect(renderToStaticMarkup(<Disclaimer />)).toContain(
      'Nur für Lernzwecke – keine medizinische Beratung. Nicht für Diagnose- oder Behandlungsentscheidungen verwenden.',
    );
    expect(renderToStaticMarkup(<ErrorBanner message="x" onDismiss={noop} />)).toContain(
      'aria-label="Fehlermeldung schließen"',
    );
    expect(renderToStaticMarkup(<Toast message="x" onDismiss={noop} />)).toContain('aria-label="Schließen"');
  });

  it('names every tab and the navigation in German, keeps the product name, and groups the due count', () => {
    const html = renderToStaticMarkup(<AppHeader view="settings" onNavigate={noop} status={null} reviewDue={1234} />);
    expect(html).toContain('aria-label="Hauptmenü"');
    expect(html).toContain('Medical Education Assistant');
    for (const label of ['Chat', 'Vergleichen', 'Bewerten', 'Karten', 'Wiederholen', 'Einstellungen', 'Modelle']) {
      expect(html).toMatch(new RegExp(`</svg>${label}(<span|</button>)`));
    }
    expect(html).toMatch(/data-testid="review-due-count"[^>]*>1\.234</);
    for (const english of ['>Compare<', '>Cards<', '>Settings<', '>Models<', 'aria-label="Main"']) {
      expect(html).not.toContain(english);
    }
  });

  it('offers each language in its own name, and the system choice in the UI language', () => {
    const html = renderToStaticMarkup(
      <ApiProvider api={fakeApi()}>
        <UiLanguagePanel />
      </ApiProvider>,
    );
    expect(html).toContain('>Sprache</h3>');
    expect(html).toContain('Sprache der Oberfläche');
    expect(html).toMatch(
      /<option value="system"[^>]*>Wie dieser Computer \((English|Español|Français|Deutsch)\)<\/option>/,
    );
    for (const [code, name] of [
      ['en', 'English'],
      ['es', 'Español'],
      ['fr', 'Français'],
      ['de', 'Deutsch'],
    ]) {
      expect(html).toContain(`<option value="${code}" lang="${code}">${name}</option>`);
    }
  });
});
