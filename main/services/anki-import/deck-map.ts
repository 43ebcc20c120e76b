// Anki decks → this app's decks (matched by full name, created when missing), tracked for the summary.
import type { FlashcardService } from '../flashcards';
import type { AnkiDeck } from '../flashcards/interchange/anki/package';
import { DECK_NAME_MAX_CHARS, foldKey } from '../flashcards/validation';
import type { ImportedDeck } from './types';

/** Anki's id of the built-in "Default" deck. */
const DEFAULT_DECK_ID = 1;

/** An Anki deck name as this app can store it: spaces collapsed, at most DECK_NAME_MAX_CHARS characters. */
export function storableDeckName(name: string): { name: string; shortened: boolean } {
  const collapsed = name.replace(/\s+/g, ' ').trim() || 'Default';
  const chars = [...collapsed];
  if (chars.length <= DECK_NAME_MAX_CHARS) return { name: collapsed, shortened: false };
  // The deepest levels say most about the cards; the top of the path goes.
  return { name: `…${chars.slice(-(DECK_NAME_MAX_CHARS - 1)).join('')}`.trim(), shortened: true };
}

export class DeckMapper {
  private readonly names: Map<number, string>;
  /** By Anki name, and by this app's folded name (two Anki names may land in one deck here). */
  private readonly byAnkiName = new Map<string, ImportedDeck>();
  private readonly byKey = new Map<string, ImportedDeck>();

  constructor(
    private readonly flashcards: FlashcardService,
    private readonly decks: readonly AnkiDeck[],
    private readonly warnings: string[],
  ) {
    this.names = new Map(decks.map((deck) => [deck.id, deck.name]));
  }

  /** The app deck for an Anki deck id (a card's home deck); unknown ids go to "Default". */
  deckFor(ankiDeckId: number): ImportedDeck {
    return this.lookup(this.names.get(ankiDeckId) ?? 'Default');
  }

  /** Leaf decks the package names but no card uses still appear, as in Anki (not Default, not filtered). */
  addEmptyLeaves(): void {
    const regular = this.decks.filter((deck) => !deck.filtered);
    for (const deck of regular) {
      const isParent = regular.some((other) => other.name.startsWith(`${deck.name}::`));
      if (deck.id !== DEFAULT_DECK_ID && !isParent) this.lookup(deck.name);
    }
  }

  /** Decks the import created or added cards to. */
  summaries(): ImportedDeck[] {
    return [...this.byKey.values()].filter((deck) => deck.created || deck.added > 0);
  }

  private lookup(ankiName: string): ImportedDeck {
    const known = this.byAnkiName.get(ankiName);
    if (known) return known;
    const { name, shortened } = storableDeckName(ankiName);
    if (shortened) {
      this.warnings.push(
        `Deck "${ankiName}" has a name longer than ${DECK_NAME_MAX_CHARS} characters; it is "${name}" here`,
      );
    }
    const key = foldKey(name);
    let entry = this.byKey.get(key);
    if (!entry) {
      const existing = this.flashcards.decks.findByName(name);
      const deck = existing ?? this.flashcards.decks.create(name);
      entry = { id: deck.id, name: deck.name, created: existing === null, added: 0 };
      this.byKey.set(key, entry);
    }
    this.byAnkiName.set(ankiName, entry);
    return entry;
  }
}
