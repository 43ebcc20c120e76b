// What the rest of the renderer imports for translation. Importing from here (never from react-i18next or
// i18next directly) guarantees the catalogs are loaded first, in the app and in server-rendered tests.
export { Trans, useTranslation } from 'react-i18next';
// For pure helpers that build text: they take the component's t (docs/i18n.md).
export type { TFunction } from 'i18next';
export { i18n } from './i18n';
export { LANGUAGE_NAMES, SUPPORTED_LANGUAGES, pickSystemLanguage, type SupportedLanguage } from './languages';
export { PRODUCT_NAME } from './product';
export { useFormatters } from './useFormatters';
// The run-time wiring of the language setting (./ui-language) talks to window.api: the app shell and the
// language picker import it themselves, so pure modules and Node-side tests can import this file.
