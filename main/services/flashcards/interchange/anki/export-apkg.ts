// Decks -> Anki .apkg (zip of a schema 11 collection.anki2 + "media"), the legacy package
// format that current Anki imports. Built in memory: SQLite serialized, zipped with fflate.
import { writeFile } from 'node:fs/promises';
import BetterSqlite3 from 'better-sqlite3';
import { strToU8, zipSync } from 'fflate';
import { InterchangeFormatError } from '../errors';
import { toAnkiTagString } from '../tags';
import type { InterchangeDeck, InterchangeNote } from '../types';
import { validateDecksForExport } from '../validate';
import { clozeNumbers } from './cloze';
import { buildConfJson, buildDconfJson, deckJson, DEFAULT_DECK_ID } from './collection-json';
import { contentGuid, fieldChecksum, sortFieldText } from './checksum';
import { textToFieldHtml } from './field-html';
import { BASIC_MODEL_ID, buildModelsJson, CLOZE_MODEL_ID } from './note-types';
import { ANKI_LEGACY_SCHEMA_VERSION, ANKI_SCHEMA_SQL } from './schema';

export interface ApkgExportOptions {
  /** Clock in epoch ms (tests pin it). Ids and mod times derive from it. */
  now?: () => number;
}

interface PreparedNote {
  note: InterchangeNote;
  fields: [string, string];
  ords: number[];
}

function prepareNote(note: InterchangeNote, deckName: string, index: number): PreparedNote {
  const fields: [string, string] = [textToFieldHtml(note.front), textToFieldHtml(note.back)];
  if (note.type === 'basic') {
    if (note.front.trim() === '') {
      throw new InterchangeFormatError(`Deck "${deckName}", note ${index + 1}: the front is empty`);
    }
    return { note, fields, ords: [0] };
  }
  const numbers = clozeNumbers(note.front);
  if (numbers.length === 0) {
    throw new InterchangeFormatError(
      `Deck "${deckName}", note ${index + 1}: a cloze note needs at least one {{c1::…}} deletion`,
    );
  }
  return { note, fields, ords: numbers.map((n) => n - 1) };
}

/** Builds the collection.anki2 bytes for the given decks. */
export function buildAnkiCollection(decks: readonly InterchangeDeck[], options: ApkgExportOptions = {}): Uint8Array {
  const names = validateDecksForExport(decks);
  const nowMs = Math.floor((options.now ?? Date.now)());
  const nowSec = Math.floor(nowMs / 1000);
  const prepared = decks.map((deck, i) => deck.notes.map((note, j) => prepareNote(note, names[i] ?? deck.name, j)));

  const decksJson: Record<string, object> = { [DEFAULT_DECK_ID]: deckJson(DEFAULT_DECK_ID, 'Default', nowSec) };
  const deckIds = names.map((name, i) => {
    // A deck called "Default" is Anki's built-in deck 1; any other gets a fresh time-based id.
    const id = name.toLowerCase() === 'default' ? DEFAULT_DECK_ID : nowMs + i + 1;
    decksJson[id] = deckJson(id, name, nowSec);
    return id;
  });

  const db = new BetterSqlite3(':memory:');
  try {
    db.exec(ANKI_SCHEMA_SQL);
    const insertNote = db.prepare(
      'INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data) ' +
        "VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')",
    );
    const insertCard = db.prepare(
      'INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, ' +
        "odue, odid, flags, data) VALUES (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')",
    );
    let nextId = nowMs;
    let position = 0;
    const usedGuids = new Set<string>();
    db.transaction(() => {
      prepared.forEach((notes, deckIndex) => {
        const did = deckIds[deckIndex] ?? DEFAULT_DECK_ID;
        for (const { note, fields, ords } of notes) {
          let guid = note.guid && !usedGuids.has(note.guid) ? note.guid : '';
          for (let salt = 0; guid === ''; salt += 1) {
            const candidate = contentGuid([note.type, note.front, note.back], salt);
            if (!usedGuids.has(candidate)) guid = candidate;
          }
          usedGuids.add(guid);
          const noteId = (nextId += 1);
          const mid = note.type === 'cloze' ? CLOZE_MODEL_ID : BASIC_MODEL_ID;
          const sfld = sortFieldText(fields[0]);
          insertNote.run(
            noteId,
            guid,
            mid,
            nowSec,
            toAnkiTagString(note.tags),
            fields.join('\x1f'),
            sfld,
            fieldChecksum(fields[0]),
          );
          position += 1;
          for (const ord of ords) insertCard.run((nextId += 1), noteId, did, ord, nowSec, position);
        }
      });
      db.prepare(
        'INSERT INTO col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags) ' +
          "VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, '{}')",
      ).run(
        // crt: the collection's creation day, at its start (Anki counts due days from it).
        nowSec - (nowSec % 86_400),
        nowMs,
        nowMs,
        ANKI_LEGACY_SCHEMA_VERSION,
        JSON.stringify(buildConfJson(BASIC_MODEL_ID, position + 1)),
        JSON.stringify(buildModelsJson(nowSec)),
        JSON.stringify(decksJson),
        JSON.stringify(buildDconfJson(nowSec)),
      );
    })();
    return new Uint8Array(db.serialize());
  } finally {
    db.close();
  }
}

/** Decks -> .apkg bytes: collection.anki2 plus an empty media map. */
export function exportApkg(decks: readonly InterchangeDeck[], options: ApkgExportOptions = {}): Uint8Array {
  const collection = buildAnkiCollection(decks, options);
  return zipSync({ 'collection.anki2': collection, media: strToU8('{}') }, { level: 6 });
}

/** Writes an .apkg file; the file appears only once the whole package is built. */
export async function writeApkgFile(
  path: string,
  decks: readonly InterchangeDeck[],
  options: ApkgExportOptions = {},
): Promise<void> {
  await writeFile(path, exportApkg(decks, options));
}
