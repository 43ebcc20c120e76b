// InterchangeDeck → database rows, in one transaction: decks found or created by name, repeated
// fronts per deck skipped and counted, tags beyond the caps left out with a warning, unstorable cards
// skipped with a warning.
import type { Database } from 'better-sqlite3';
import { StoreValidationError } from '../../store/errors';
import { fitTags, TAG_MAX_CHARS, TAGS_PER_CARD_MAX, type FlashcardService } from '..';
import type { InterchangeDeck } from '../interchange';

export interface ImportSummary {
  /** Decks the import touched, by name, with how many cards each received. */
  decks: { id: number; name: string; created: boolean; added: number }[];
  cardsAdded: number;
  duplicatesSkipped: number;
  warnings: string[];
  /** Anki packages only: notes added and updated, cards, media files and review logs stored. */
  anki?: { notes: number; cards: number; media: number; reviews: number; updated: number };
}

/** At most this many per-card warnings are listed; the rest are counted. */
const MAX_CARD_WARNINGS = 20;

export function importDecks(
  db: Database,
  flashcards: FlashcardService,
  decks: readonly InterchangeDeck[],
  warnings: readonly string[] = [],
): ImportSummary {
  return db.transaction(() => {
    const summary: ImportSummary = { decks: [], cardsAdded: 0, duplicatesSkipped: 0, warnings: [...warnings] };
    let unstorable = 0;
    const tagsLeftOut = { cards: 0, tags: new Set<string>() };
    for (const source of decks) {
      const existing = flashcards.decks.findByName(source.name);
      const deck = existing ?? flashcards.decks.create(source.name);
      const entry = { id: deck.id, name: deck.name, created: existing === null, added: 0 };
      summary.decks.push(entry);
      for (const note of source.notes) {
        if (flashcards.cards.findSameFront(deck.id, note.front)) {
          summary.duplicatesSkipped++;
          continue;
        }
        const { tags, dropped } = fitTags(note.tags);
        try {
          flashcards.cards.insert({ deckId: deck.id, front: note.front, back: note.back, noteType: note.type, tags });
        } catch (error) {
          // One bad card (too long, empty front) must not cost the user the rest of the file.
          if (!(error instanceof StoreValidationError)) throw error;
          if (++unstorable <= MAX_CARD_WARNINGS) {
            summary.warnings.push(`Deck "${source.name}": skipped "${note.front.slice(0, 60)}": ${error.message}`);
          }
          continue;
        }
        entry.added++;
        summary.cardsAdded++;
        if (dropped.length > 0) {
          tagsLeftOut.cards++;
          for (const tag of dropped) tagsLeftOut.tags.add(tag);
        }
      }
    }
    if (tagsLeftOut.cards > 0) summary.warnings.push(tagsWarning(tagsLeftOut.cards, [...tagsLeftOut.tags]));
    if (unstorable > MAX_CARD_WARNINGS) {
      summary.warnings.push(`…and ${unstorable - MAX_CARD_WARNINGS} more cards skipped as unstorable`);
    }
    return summary;
  })();
}

/** Tags named in the warning before "…". */
const TAGS_NAMED = 3;

function tagsWarning(cards: number, tags: string[]): string {
  const named = tags.slice(0, TAGS_NAMED).map((tag) => `"${tag.length > 60 ? `${tag.slice(0, 59)}…` : tag}"`);
  const more = tags.length > TAGS_NAMED ? `, … (${tags.length} in all)` : '';
  return (
    `${cards} card(s) had tags this app cannot store (over ${TAG_MAX_CHARS} characters, with spaces, or past ` +
    `${TAGS_PER_CARD_MAX} tags on a card); those tags were left out: ${named.join(', ')}${more}`
  );
}
