// The flashcard side of the app over one open data file: cards, review, media and Anki import, wired
// the same way for the app (createApp) and the command line's deck commands.
import type Database from 'better-sqlite3';
import { AnkiImportService } from '../anki-import';
import { FlashcardService } from '../flashcards';
import { TransferService } from '../flashcards/transfer';
import { MediaStore } from '../media';
import { ReviewService, ReviewStore } from '../review';
import type { SettingsRepository } from '../store';

export interface DeckServices {
  flashcards: FlashcardService;
  review: ReviewService;
  media: MediaStore;
  transfer: TransferService;
}

export function createDeckServices(db: Database.Database, dataDir: string, settings: SettingsRepository): DeckServices {
  const flashcards = new FlashcardService(db, settings);
  const review = new ReviewService(flashcards, settings, { store: new ReviewStore(db) });
  const media = new MediaStore({ dataDir, db });
  // Imported review history is replayed, and exported memory states written, at the retention the student chose.
  const desiredRetention = () => review.getSettings().desiredRetention;
  const ankiImport = new AnkiImportService({ db, flashcards, media, desiredRetention });
  // Exports read the notes' media files from the same store.
  const transfer = new TransferService(db, flashcards, { ankiImport, media, desiredRetention });
  return { flashcards, review, media, transfer };
}
