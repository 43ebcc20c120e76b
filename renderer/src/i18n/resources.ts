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
import deChat from './locales/de/chat.json';
import deCards from './locales/de/cards.json';
import deReview from './locales/de/review.json';
import deQuiz from './locales/de/quiz.json';
import deCompare from './locales/de/compare.json';
import deEvaluate from './locales/de/evaluate.json';
import deDataSafety from './locales/de/dataSafety.json';
import deSetup from './locales/de/setup.json';
import deModels from './locales/de/models.json';
import deKeyboard from './locales/de/keyboard.json';
import deServers from './locales/de/servers.json';
import enChat from './locales/en/chat.json';
import enCards from './locales/en/cards.json';
import enReview from './locales/en/review.json';
import enQuiz from './locales/en/quiz.json';
import enCompare from './locales/en/compare.json';
import enEvaluate from './locales/en/evaluate.json';
import enDataSafety from './locales/en/dataSafety.json';
import enSetup from './locales/en/setup.json';
import enModels from './locales/en/models.json';
import enKeyboard from './locales/en/keyboard.json';
import enServers from './locales/en/servers.json';
import esChat from './locales/es/chat.json';
import esCards from './locales/es/cards.json';
import esReview from './locales/es/review.json';
import esQuiz from './locales/es/quiz.json';
import esCompare from './locales/es/compare.json';
import esEvaluate from './locales/es/evaluate.json';
import esDataSafety from './locales/es/dataSafety.json';
import esSetup from './locales/es/setup.json';
import esModels from './locales/es/models.json';
import esKeyboard from './locales/es/keyboard.json';
import esServers from './locales/es/servers.json';
import frChat from './locales/fr/chat.json';
import frCards from './locales/fr/cards.json';
import frReview from './locales/fr/review.json';
import frQuiz from './locales/fr/quiz.json';
import frCompare from './locales/fr/compare.json';
import frEvaluate from './locales/fr/evaluate.json';
import frDataSafety from './locales/fr/dataSafety.json';
import frSetup from './locales/fr/setup.json';
import frModels from './locales/fr/models.json';
import frKeyboard from './locales/fr/keyboard.json';
import frServers from './locales/fr/servers.json';
import type { SupportedLanguage } from './languages';

/** English is the source: its shape is the type every other language must match. */
const en = {
  common: enCommon,
  shell: enShell,
  settings: enSettings,
  chat: enChat,
  cards: enCards,
  review: enReview,
  quiz: enQuiz,
  compare: enCompare,
  evaluate: enEvaluate,
  dataSafety: enDataSafety,
  setup: enSetup,
  models: enModels,
  keyboard: enKeyboard,
  servers: enServers,
};

export type Namespace = keyof typeof en;
export type Catalogs = typeof en;

export const resources: Record<SupportedLanguage, Record<Namespace, object>> = {
  en,
  es: {
    common: esCommon,
    shell: esShell,
    settings: esSettings,
    chat: esChat,
    cards: esCards,
    review: esReview,
    quiz: esQuiz,
    compare: esCompare,
    evaluate: esEvaluate,
    dataSafety: esDataSafety,
    setup: esSetup,
    models: esModels,
    keyboard: esKeyboard,
    servers: esServers,
  },
  fr: {
    common: frCommon,
    shell: frShell,
    settings: frSettings,
    chat: frChat,
    cards: frCards,
    review: frReview,
    quiz: frQuiz,
    compare: frCompare,
    evaluate: frEvaluate,
    dataSafety: frDataSafety,
    setup: frSetup,
    models: frModels,
    keyboard: frKeyboard,
    servers: frServers,
  },
  de: {
    common: deCommon,
    shell: deShell,
    settings: deSettings,
    chat: deChat,
    cards: deCards,
    review: deReview,
    quiz: deQuiz,
    compare: deCompare,
    evaluate: deEvaluate,
    dataSafety: deDataSafety,
    setup: deSetup,
    models: deModels,
    keyboard: deKeyboard,
    servers: deServers,
  },
};

export const NAMESPACES = Object.keys(en) as Namespace[];
export const DEFAULT_NAMESPACE: Namespace = 'common';
