// The locale the formatters in lib/format.ts use when a caller passes none. i18n.ts keeps it equal to the UI
// language; it lives apart from i18next so the formatters stay pure functions that tests call with a locale.
let current = 'en';

export function formatLocale(): string {
  return current;
}

export function setFormatLocale(locale: string): void {
  current = locale;
}
