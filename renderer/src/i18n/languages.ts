// The interface languages, and how the 'system' setting picks one from the operating system's preferences.
import type { UiLanguage } from '../../../preload/contract/schemas';

export const SUPPORTED_LANGUAGES = ['en', 'es', 'fr', 'de'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** The source language of every catalog, and what the UI speaks when the OS asks for none of ours. */
export const FALLBACK_LANGUAGE: SupportedLanguage = 'en';

/** Each language in its own name, as language pickers show them: a German speaker looks for "Deutsch". */
export const LANGUAGE_NAMES: Readonly<Record<SupportedLanguage, string>> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
};

export function isSupportedLanguage(value: string): value is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** The first OS preference whose base language we have ("de" of "de-AT"), else English. */
export function pickSystemLanguage(preferred: readonly string[]): SupportedLanguage {
  for (const tag of preferred) {
    const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (isSupportedLanguage(base)) return base;
  }
  return FALLBACK_LANGUAGE;
}

/** The language the UI speaks for a setting, given the OS preferences (navigator.languages in Electron). */
export function resolveUiLanguage(setting: UiLanguage, preferred: readonly string[]): SupportedLanguage {
  return setting === 'system' ? pickSystemLanguage(preferred) : setting;
}
