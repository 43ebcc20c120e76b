// Every catalog, bundled into the renderer: the app is offline, so there is no backend to load them from.
// A new namespace is one JSON file per language and one line per language here (see docs/i18n.md).
import deCommon from './locales/de/common.json';
import deSettings from './locales/de/settings.json';
import deShell from './locales/de/shell.json';
import enCommon from './locales/en/common.json';
import enSettings from './locales/en/settings.json';
import enShell from './locales/en/shell.json';
import esCommon from './locales/es/common.json';
import esSettings from './locales/es/settings.json';
import esShell from './locales/es/shell.json';
import frCommon from './locales/fr/common.json';
import frSettings from './locales/fr/settings.json';
import frShell from './locales/fr/shell.json';
import type { SupportedLanguage } from './languages';

/** English is the source: its shape is the type every other language must match. */
const en = { common: enCommon, shell: enShell, settings: enSettings };

export type Namespace = keyof typeof en;
export type Catalogs = typeof en;

export const resources: Record<SupportedLanguage, Record<Namespace, object>> = {
  en,
  es: { common: esCommon, shell: esShell, settings: esSettings },
  fr: { common: frCommon, shell: frShell, settings: frSettings },
  de: { common: deCommon, shell: deShell, settings: deSettings },
};

export const NAMESPACES = Object.keys(en) as Namespace[];
export const DEFAULT_NAMESPACE: Namespace = 'common';
