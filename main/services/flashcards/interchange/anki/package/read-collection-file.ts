// One collection file (SQLite bytes or a temp file, any schema Anki packages use) -> note types, decks, notes,
// cards and review log.
import { openCollection, readOrExplain, type CollectionInput } from './open-collection';
import { readCards, readNotes, readRevlog } from './read-rows';
import { readTypesFromColJson } from './read-types-schema11';
import { readTypesFromTables } from './read-types-schema18';
import type { AnkiPackage } from './types';

export type CollectionContent = Pick<AnkiPackage, 'noteTypes' | 'decks' | 'notes' | 'cards' | 'revlog'> & {
  schemaVersion: number;
};

/** Reads everything the importer needs; `label` names the file in error messages. */
export function readCollectionFile(input: CollectionInput, label: string): CollectionContent {
  const { db, schemaVersion, hasTypeTables } = openCollection(input, label);
  try {
    return readOrExplain(label, () => {
      const types = hasTypeTables ? readTypesFromTables(db, label) : readTypesFromColJson(db, label);
      return {
        schemaVersion,
        ...types,
        notes: readNotes(db, label),
        cards: readCards(db, label),
        revlog: readRevlog(db, label),
      };
    });
  } finally {
    db.close();
  }
}
