// Typed keys: t('nav.views.chat') is checked against the English catalogs, so a typo fails the type check.
import 'i18next';
import type { Catalogs } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Catalogs;
  }
}
