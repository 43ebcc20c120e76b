// "Delete all my data": every row the user made, in one transaction, then the files that hold copies of
// them (media, backups and damaged copies of the data file, saved conversation states). What describes this computer and not
// the user (the installed models and adapters, which of them is loaded and how, thread measurements) stays,
// so the app still answers afterwards.
import { rmSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../preload/contract/envelope';

/** Settings kept: the model library and the model choice (files on this computer), thread calibrations. */
const KEPT_SETTINGS_SQL = `key = 'library.entries' OR key = 'model.choice' OR key LIKE 'model.threadCalibration.%'`;

// Children before parents (foreign keys); the FTS tables follow their rows through triggers.
const TABLES = [
  'message_citations',
  'messages',
  'conversations',
  'review_logs',
  'card_tags',
  'cards',
  'notes',
  'note_types',
  'decks',
  'media_names',
  'media',
  'evaluation_runs',
  'remote_servers',
] as const;

export interface DeletedData {
  conversations: number;
  cards: number;
  decks: number;
  backups: number;
}

export interface DeleteAllDataOptions {
  db: Database;
  /** Why deleting must wait (an answer, comparison, import or evaluation running), or null. */
  busyReason(): string | null;
  /** Completed backups of the data file (they hold copies of everything), once none is being written. */
  backups(): Promise<ReadonlyArray<{ path: string }>>;
  /** Folders that hold nothing but copies of the data file (damaged files set aside by a restore). */
  copyFolders: readonly string[];
  removeMediaFiles(): Promise<void>;
  forgetConversationStates(): Promise<void>;
  /** Tells the services that cache rows (remote servers' engines) that the rows are gone. */
  afterRowsDeleted(): void;
  log?(line: string): void;
}

export class DataDeletionService {
  constructor(private readonly options: DeleteAllDataOptions) {}

  async deleteAll(): Promise<DeletedData> {
    const { db } = this.options;
    const busy = this.options.busyReason();
    if (busy) throw new ApiError('conflict', busy);
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const deleted = db.transaction((): Omit<DeletedData, 'backups'> => {
      const counts = { conversations: count('conversations'), cards: count('cards'), decks: count('decks') };
      for (const table of TABLES) db.prepare(`DELETE FROM ${table}`).run();
      db.prepare(`DELETE FROM settings WHERE NOT (${KEPT_SETTINGS_SQL})`).run();
      return counts;
    })();
    this.options.afterRowsDeleted();
    // The rows are gone for good now; the files below only hold copies of them, so a failure is reported
    // (the user asked for them to go) but changes nothing above.
    const backups = await this.options.backups();
    for (const backup of backups) rmSync(backup.path, { force: true });
    // Deleted rows stay readable in the file's free pages and in the WAL until overwritten: rewrite the file
    // (after any backup has finished, since VACUUM would restart it) so they cannot be read back from it.
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
    for (const folder of this.options.copyFolders) rmSync(folder, { recursive: true, force: true });
    await this.options.removeMediaFiles();
    await this.options.forgetConversationStates();
    this.options.log?.(
      `Deleted all data: ${deleted.conversations} conversations, ${deleted.decks} decks, ${deleted.cards} cards, ${backups.length} backups`,
    );
    return { ...deleted, backups: backups.length };
  }
}
