// The uiLanguage setting at run time: applied at start-up before the first render, on every change in
// Settings, and again when the OS language changes while the setting is 'system'.
import type { UiLanguage } from '../../../preload/contract/schemas';
import type { MeaApi } from '../../../preload/contract/api';
import { i18n } from './i18n';
import { resolveUiLanguage } from './languages';

let setting: UiLanguage = 'system';
const listeners = new Set<() => void>();

/** What this module reads of the page; typed here because tests type-check it without the DOM library too. */
interface Page {
  navigator?: { languages?: readonly string[]; language?: string };
  addEventListener?: (type: 'languagechange', listener: () => void) => void;
}
const page = globalThis as Page;

/** The OS preference order; Electron fills navigator.languages from the system's languages. */
export function systemLanguages(): readonly string[] {
  const languages = page.navigator?.languages ?? [];
  if (languages.length > 0) return languages;
  return page.navigator?.language === undefined ? [] : [page.navigator.language];
}

export function uiLanguageSetting(): UiLanguage {
  return setting;
}

export function subscribeUiLanguageSetting(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Switches the UI (strings, formatters, <html lang>) to what the setting resolves to now. */
export async function applyUiLanguage(next: UiLanguage): Promise<void> {
  setting = next;
  for (const listener of listeners) listener();
  await i18n.changeLanguage(resolveUiLanguage(next, systemLanguages()));
}

let started = false;

/**
 * Applies the OS language at once (bundled catalogs switch synchronously, so the first render already uses it),
 * then the saved setting as soon as main answers. Without the bridge, only the OS language.
 */
export async function startUiLanguage(api: Pick<MeaApi, 'getSettings'> | null): Promise<void> {
  if (!started && page.addEventListener !== undefined) {
    started = true;
    page.addEventListener('languagechange', () => {
      if (setting === 'system') void applyUiLanguage('system');
    });
  }
  const first = applyUiLanguage(setting);
  if (api === null) return first;
  let saved: UiLanguage;
  try {
    saved = (await api.getSettings()).uiLanguage;
  } catch {
    return first; // Settings unreadable (a damaged store is reported elsewhere): the OS language stays.
  }
  await first;
  // A choice made in Settings while this was in flight wins over what was saved before it.
  if (setting === 'system' && saved !== 'system') await applyUiLanguage(saved);
}
