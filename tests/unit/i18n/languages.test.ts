// Which language the UI speaks: a chosen one, or with 'system' the first OS language we have, else English.
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../renderer/src/i18n/i18n';
import { formatLocale } from '../../../renderer/src/i18n/format-locale';
import { pickSystemLanguage, resolveUiLanguage } from '../../../renderer/src/i18n/languages';

describe('resolveUiLanguage', () => {
  it('uses a chosen language whatever the OS says', () => {
    expect(resolveUiLanguage('fr', ['de-DE', 'en-US'])).toBe('fr');
  });

  it('follows the first OS language whose base language has catalogs', () => {
    expect(resolveUiLanguage('system', ['de-AT', 'en-US'])).toBe('de');
    expect(pickSystemLanguage(['it-IT', 'es-419', 'fr'])).toBe('es');
    expect(pickSystemLanguage(['pt_BR', 'FR-ca'])).toBe('fr');
  });

  it('falls back to English when no OS language is one of ours', () => {
    expect(pickSystemLanguage(['it-IT', 'ja'])).toBe('en');
    expect(pickSystemLanguage([])).toBe('en');
  });
});

describe('the i18next instance', () => {
  it('is ready at import, in English, with interpolation, plurals and local number formats', async () => {
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.t('nav.views.settings', { ns: 'shell' })).toBe('Settings');
    expect(i18n.t('counts.tokens', { count: 2048 })).toBe('2,048 tokens');
    expect(i18n.t('counts.cards', { count: 1 })).toBe('1 card');
    expect(i18n.t('bridgeMissing', { ns: 'shell' })).toContain('Medical Education Assistant');

    await i18n.changeLanguage('de');
    expect(formatLocale()).toBe('de');
    expect(i18n.t('counts.tokens', { count: 2048 })).toBe('2.048 Token');
    expect(i18n.t('nav.views.settings', { ns: 'shell' })).toBe('Einstellungen');

    await i18n.changeLanguage('es');
    expect(i18n.t('counts.cards', { count: 1 })).toBe('1 tarjeta');
    expect(i18n.t('counts.cards', { count: 3 })).toBe('3 tarjetas');
    expect(i18n.t('counts.cards', { count: 1_000_000 })).toBe('1.000.000 de tarjetas');

    await i18n.changeLanguage('fr');
    expect(i18n.t('counts.cards', { count: 0 })).toBe('0 carte');
    expect(i18n.t('counts.cards', { count: 2 }).replace(/\u202f/g, ' ')).toBe('2 cartes');
    await i18n.changeLanguage('en');
  });
});
