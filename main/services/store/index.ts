// Public API of the SQLite store.
export { openDatabase, type OpenDatabaseOptions } from './connection';
export { ConversationRepository } from './conversation-repository';
export { MessageRepository } from './message-repository';
export {
  answerDigest,
  cardDigest,
  type NewAnswerCitation,
  type NewCardCitation,
  type NewCitation,
} from './citation-store';
export { SettingsRepository, type InvalidSettingReason, type SettingsRepositoryOptions } from './settings-repository';
export { recoverInterruptedMessages } from './recovery';
export { runMigrations, readUserVersion } from './migrate';
export { MIGRATIONS, LATEST_SCHEMA_VERSION, type Migration } from './migrations';
export {
  StoreError,
  DatabaseTooNewError,
  MigrationError,
  StoreValidationError,
  StoreNotFoundError,
  StoreStateError,
} from './errors';
export * from './types';
export { TITLE_MAX_CHARS, CONTENT_MAX_BYTES, ADAPTER_SCALE_MAX } from './validation';
