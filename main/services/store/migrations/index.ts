// The ordered list of schema migrations this app knows. Add new ones in new files and append here.
import { initialSchema } from './001-initial-schema';
import { conversationAdapter } from './002-conversation-adapter';
import { flashcards } from './003-flashcards';
import { scopeOverrideAndNotices } from './004-scope-override-and-notices';
import { evaluations } from './005-evaluations';
import { media } from './006-media';
import { notes } from './007-notes';
import { noteTypeSortField } from './008-note-type-sort-field';
import { groundedAnswers } from './009-grounded-answers';
import { answerCitations } from './010-answer-citations';
import { remoteServers } from './011-remote-servers';
import { conversationEngine } from './012-conversation-engine';
import type { Migration } from './types';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  conversationAdapter,
  flashcards,
  scopeOverrideAndNotices,
  evaluations,
  media,
  notes,
  noteTypeSortField,
  groundedAnswers,
  answerCitations,
  remoteServers,
  conversationEngine,
];

/** The schema version a fully migrated file has with this build of the app. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
