// An app data folder opened for the deck commands the way the app opens it (a damaged file is
// restored from a backup, an older one is backed up before migrating, a newer one is refused),
// with the same flashcard, media and Anki import services as createApp, without Electron.
import type { Database } from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../services/app/create-app';
import { createDeckServices } from '../services/app/deck-services';
import { DataFileUnreadableError, openDataFile, type AutomaticBackups } from '../services/backup';
import type { FlashcardService } from '../services/flashcards';
import type { TransferService } from '../services/flashcards/transfer';
import { DatabaseTooNewError, SettingsRepository, StoreError } from '../services/store';
import { CliError } from './cli-error';

export interface DeckData {
  dataDir: string;
  /** The open data file, for services the deck commands build themselves (card search). */
  db: Database;
  flashcards: FlashcardService;
  transfer: TransferService;
  /** Finishes a running backup (or takes one when a day old, as the app does at quit) and closes the file. */
  close(): Promise<void>;
}

/**
 * Opens `dataDir`'s data file. With `create`, a folder without one starts a new one (as the app's
 * first start does); without, a missing file is an error, so a mistyped --data-dir never leaves
 * an empty database behind.
 */
export function openDeckData(dataDir: string, options: { create: boolean }): DeckData {
  const dbPath = join(dataDir, DATABASE_FILE);
  if (!options.create && !existsSync(dbPath)) {
    throw new CliError(`no app data in ${dataDir} (${DATABASE_FILE} not found); pass --data-dir DIR`, 2);
  }
  mkdirSync(dataDir, { recursive: true });
  let opened: { db: ReturnType<typeof openDataFile>['db']; backups: AutomaticBackups };
  try {
    const { db, backups, startupNotices } = openDataFile({
      dataDir,
      fileName: DATABASE_FILE,
      recoverInterrupted: false,
      log: () => undefined,
    });
    for (const notice of startupNotices) process.stderr.write(`note: ${notice.message}\n`);
    opened = { db, backups };
  } catch (error) {
    if (error instanceof DatabaseTooNewError) throw new CliError(error.message, 2);
    if (error instanceof StoreError || error instanceof DataFileUnreadableError) throw new CliError(error.message, 1);
    throw error;
  }
  const { db, backups } = opened;
  const { flashcards, transfer } = createDeckServices(db, dataDir, new SettingsRepository(db));
  return {
    dataDir,
    db,
    flashcards,
    transfer,
    async close() {
      await backups.beforeClose();
      db.close();
    },
  };
}

/** The id of the deck named `name` (null for none asked); an unknown name is a usage error listing the decks. */
export function deckIdByName(data: Pick<DeckData, 'flashcards'>, name: string | undefined): number | null {
  if (name === undefined) return null;
  const deck = data.flashcards.decks.findByName(name);
  if (deck) return deck.id;
  const names = data.flashcards.listDecks().map((d) => `"${d.name}"`);
  throw new CliError(`no deck named "${name}" (decks: ${names.join(', ') || 'none'})`, 2);
}
