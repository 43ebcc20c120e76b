// The keyboard help: which key opens it, and that it shows every shortcut of the shared list.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { KeyboardHelp, ShortcutList } from '../../../../renderer/src/features/keyboard-help/components/KeyboardHelp';
import { isHelpKey, type HelpKeyEvent } from '../../../../renderer/src/features/keyboard-help/state/helpKey';
import { i18n } from '../../../../renderer/src/i18n';
import { SHORTCUT_GROUPS } from '../../../../renderer/src/lib/shortcut-list';

const press = (key: string, extra: Partial<HelpKeyEvent> = {}): HelpKeyEvent => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  target: null,
  ...extra,
});

// The text-field case (a "?" typed into a field) needs a DOM; the e2e spec covers it in the composer.
describe('isHelpKey', () => {
  it('opens on "?" alone', () => {
    expect(isHelpKey(press('?'))).toBe(true);
  });

  it('not on other keys, with Ctrl, Cmd or Alt held, or when something else handled the key', () => {
    expect(isHelpKey(press('/'))).toBe(false);
    expect(isHelpKey(press('h'))).toBe(false);
    expect(isHelpKey(press('?', { ctrlKey: true }))).toBe(false);
    expect(isHelpKey(press('?', { metaKey: true }))).toBe(false);
    expect(isHelpKey(press('?', { altKey: true }))).toBe(false);
    expect(isHelpKey(press('?', { defaultPrevented: true }))).toBe(false);
  });
});

describe('KeyboardHelp', () => {
  it('lists every group and every shortcut of the shared list, keys as keycaps', () => {
    const html = renderToStaticMarkup(<ShortcutList />);
    for (const group of SHORTCUT_GROUPS) {
      expect(html).toContain(`>${i18n.t(`groups.${group.scope}`, { ns: 'keyboard' })}</h3>`);
      for (const { keys, action } of group.shortcuts) {
        expect(html).toContain(i18n.t(`actions.${action}`, { ns: 'keyboard' }).replace(/'/g, '&#x27;'));
        for (const key of keys) expect(html).toContain(`>${key}</kbd>`);
      }
    }
    expect(html).toContain('>Undo the last rating</dd>');
    expect(html.split('<dt>').length - 1).toBe(SHORTCUT_GROUPS.reduce((n, g) => n + g.shortcuts.length, 0));
  });

  it('speaks the UI language, key names included ("Strg", "Leertaste", "Échap")', async () => {
    try {
      await i18n.changeLanguage('de');
      const german = renderToStaticMarkup(<ShortcutList />);
      expect(german).toContain('>Überall</h3>');
      expect(german).toMatch(/>Strg<\/kbd><span>\+<\/span><kbd[^>]*>Z<\/kbd>/);
      expect(german).toContain('>Leertaste</kbd>');
      expect(german).toContain('>Letzte Bewertung rückgängig machen</dd>');
      expect(renderToStaticMarkup(<KeyboardHelp />)).toContain('aria-label="Tastenkürzel"');
      await i18n.changeLanguage('fr');
      const french = renderToStaticMarkup(<ShortcutList />);
      expect(french).toContain('>Échap</kbd>');
      expect(french).toContain('>Maj</kbd>');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('has a named button that says it opens a dialog and answers to "?"', () => {
    const html = renderToStaticMarkup(<KeyboardHelp />);
    expect(html).toContain('aria-label="Keyboard shortcuts"');
    expect(html).toContain('aria-haspopup="dialog"');
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('aria-keyshortcuts="?"');
    expect(html).toContain('data-testid="keyboard-help-open"');
  });
});
