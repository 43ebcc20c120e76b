// The one i18next instance: bundled catalogs, initialised synchronously (no backend, no network), so the first
// render and server-rendered tests already have every string. It starts in English; ui-language.ts switches it.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setFormatLocale } from './format-locale';
import { FALLBACK_LANGUAGE, SUPPORTED_LANGUAGES } from './languages';
import { PRODUCT_NAME } from './product';
import { DEFAULT_NAMESPACE, NAMESPACES, resources } from './resources';

export const i18n = i18next.createInstance();

/** The page's root element; absent in Node, where tests and server rendering use this module too. */
interface PageRoot {
  document?: { documentElement: { lang: string } };
}

// The formatters and <html lang> follow every change, whoever makes it.
i18n.on('languageChanged', (language) => {
  setFormatLocale(language);
  const root = (globalThis as PageRoot).document?.documentElement;
  if (root !== undefined) root.lang = language;
});

void i18n.use(initReactI18next).init({
  resources,
  lng: FALLBACK_LANGUAGE,
  fallbackLng: FALLBACK_LANGUAGE,
  supportedLngs: [...SUPPORTED_LANGUAGES],
  ns: NAMESPACES,
  defaultNS: DEFAULT_NAMESPACE,
  initAsync: false,
  returnNull: false,
  returnEmptyString: false,
  interpolation: {
    // React escapes what it renders; escaping here too would show "&amp;".
    escapeValue: false,
    defaultVariables: { appName: PRODUCT_NAME },
  },
  react: { useSuspense: false },
});
