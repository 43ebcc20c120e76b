// The uiLanguage setting at run time: applied at start-up before the first render, on every change in
// Settings, and again when the OS language changes while the setting is 'system'.
import type { UiLanguage } from '../../../preload/contract/schemas';
import type { MeaApi } from '../lib/api';
import { i18n } from './i18n';
import { resolveUiLanguage } from './languages';

let setting: UiLanguage = 'system';
const listeners = new Set<() => void>();

/** The OS preference order; Electron fills navigator.languages from the system's languages. */
export function systemLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
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
  if (!started && typeof window !== 'undefined') {
    started = true;
    window.addEventListener('languagechange', () => {
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
