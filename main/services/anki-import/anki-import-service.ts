// Imports a whole Anki package with nothing lost: note types, notes with every field, one card per
// template or cloze rendered as Anki does (sanitized, media as app://media/<hash>), decks, tags,
// suspended/buried state, review history with FSRS schedules, and media files. The database work is
// one transaction; media files are written only after it commits.
import type { Database } from 'better-sqlite3';
import type { FlashcardService } from '../flashcards';
import type { AnkiPackage } from '../flashcards/interchange/anki/package';
import { mediaLookup } from '../flashcards/notes';
import { MAX_MEDIA_FILE_BYTES } from '../media';
import { DEFAULT_REVIEW_SETTINGS, ReviewStore } from '../review';
import type { Clock } from '../store/types';
import { ImportWarnings } from './import-warnings';
import { checkPackageMedia, type MediaCheck } from './media-check';
import { saveNotes } from './save-notes';
import { storeMedia, type MediaSink } from './store-media';
import type { AnkiImportOptions, AnkiImportResult } from './types';

export interface AnkiImportDeps {
  db: Database;
  flashcards: FlashcardService;
  /** Where media files go; null: none are stored (each named in a warning). */
  media: MediaSink | null;
  /** The review setting the FSRS schedules are derived with. */
  desiredRetention?: () => number;
  /** The media store's per-file cap, checked before anything is saved. */
  maxMediaBytes?: number;
  now?: Clock;
}

/** The start of the day after `now` (local time): when Anki unburies cards. */
export function nextDayStart(now: number): number {
  const date = new Date(now);
  date.setHours(24, 0, 0, 0);
  return date.getTime();
}

export class AnkiImportService {
  private readonly reviews: ReviewStore;
  private readonly now: Clock;

  constructor(private readonly deps: AnkiImportDeps) {
    this.reviews = new ReviewStore(deps.db);
    this.now = deps.now ?? Date.now;
  }

  /** Throws the signal's reason when cancelled before the notes commit (then nothing was written). */
  async importPackage(pkg: AnkiPackage, options: AnkiImportOptions = {}): Promise<AnkiImportResult> {
    const warnings = new ImportWarnings();
    for (const warning of pkg.warnings) warnings.add(warning);
    const checked = await this.checkMedia(pkg, warnings, options);
    options.signal?.throwIfAborted();

    const { media } = this.deps;
    const repository = this.deps.flashcards.notes.repository;
    // Names from earlier imports count only while their file is still stored.
    const lookup = mediaLookup((name) => {
      const fresh = checked.byName.get(name);
      if (fresh !== undefined) return fresh;
      const earlier = repository.mediaHash(name);
      return earlier !== null && media?.has(earlier) ? earlier : null;
    });
    const saved = this.deps.db.transaction(() =>
      saveNotes(
        {
          pkg,
          flashcards: this.deps.flashcards,
          reviews: this.reviews,
          mediaNames: checked.byName,
          lookup,
          desiredRetention: this.deps.desiredRetention?.() ?? DEFAULT_REVIEW_SETTINGS.desiredRetention,
          buriedUntil: nextDayStart(this.now()),
        },
        warnings,
        options,
      ),
    )();

    // Committed: Cancel no longer applies, the cards need their files.
    const storeWarnings: string[] = [];
    const stored = media ? await storeMedia(media, checked.accepted, storeWarnings, options.onProgress) : 0;
    return {
      decks: saved.decks.length,
      notes: saved.notes,
      cards: saved.cards,
      media: stored,
      reviews: saved.reviews,
      updated: saved.updated,
      warnings: [...warnings.all(), ...storeWarnings],
      deckSummaries: saved.decks,
    };
  }

  private async checkMedia(
    pkg: AnkiPackage,
    warnings: ImportWarnings,
    options: AnkiImportOptions,
  ): Promise<MediaCheck> {
    if (this.deps.media === null) {
      if (pkg.media.length > 0) warnings.add(`${pkg.media.length} media file(s) were not imported: no media store`);
      return { accepted: [], byName: new Map(), warnings: [] };
    }
    const checked = await checkPackageMedia(pkg.media, {
      maxBytes: this.deps.maxMediaBytes ?? MAX_MEDIA_FILE_BYTES,
      signal: options.signal,
      onProgress: options.onProgress,
    });
    for (const warning of checked.warnings) warnings.add(warning);
    return checked;
  }
}
