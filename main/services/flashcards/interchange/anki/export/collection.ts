// The schema 11 collection (collection.anki2) of an .apkg export: decks, the app's Basic/Cloze for plain
// text cards, every exported note type as legacy JSON, notes with all their fields, cards with their
// deck, queue and scheduling, and the review history as revlog rows. Built in memory, then serialized.
import BetterSqlite3 from 'better-sqlite3';
import { InterchangeFormatError } from '../../errors';
import { toAnkiTagString } from '../../tags';
import type { InterchangeNote } from '../../types';
import { normalizeDeckName, validateDecksForExport } from '../../validate';
import { clozeNumbers } from '../cloze';
import { buildConfJson, buildDconfJson, deckJson, DEFAULT_DECK_ID } from '../collection-json';
import { contentGuid, fieldChecksum, sortFieldText } from '../checksum';
import { textToFieldHtml } from '../field-html';
import {
  BASIC_MODEL_ID,
  buildModelsJson,
  CLOZE_MODEL_ID,
  MODEL_TYPE_CLOZE,
  MODEL_TYPE_STANDARD,
  modelJson,
} from '../note-types';
import { ANKI_LEGACY_SCHEMA_VERSION, ANKI_SCHEMA_SQL } from '../schema';
import { ankiCardColumns, ankiRevlogRows } from './scheduling';
import type { AnkiExportContent, ExportNote, ExportNoteType } from './types';

export interface CollectionOptions {
  /** Clock in epoch ms (tests pin it). Ids and mod times derive from it. */
  now?: () => number;
}

export interface BuiltCollection {
  bytes: Uint8Array;
  notes: number;
  cards: number;
  reviews: number;
}

const DAY_SECONDS = 86_400;

interface PreparedNote {
  note: InterchangeNote;
  fields: [string, string];
  ords: number[];
}

function preparePlainNote(note: InterchangeNote, deckName: string, index: number): PreparedNote {
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

/**
 * The collection's creation day (epoch s, at 00:00 UTC): review due dates are days since it, so it is
 * the earliest day any exported card was reviewed or is due (none negative), or today.
 */
function creationDay(notes: readonly ExportNote[], nowMs: number): number {
  let earliest = nowMs;
  for (const note of notes) {
    for (const card of note.cards) {
      if (card.schedule.state === 0) continue;
      earliest = Math.min(earliest, card.schedule.due, card.schedule.lastReview ?? earliest);
      for (const review of card.reviews) earliest = Math.min(earliest, review.reviewAt);
    }
  }
  const seconds = Math.floor(earliest / 1000);
  return seconds - (((seconds % DAY_SECONDS) + DAY_SECONDS) % DAY_SECONDS);
}

/** Model ids: the Anki id a note type came from when no other type took it, else a fresh one. */
function modelIds(types: readonly ExportNoteType[], nowMs: number): number[] {
  const used = new Set<number>([BASIC_MODEL_ID, CLOZE_MODEL_ID]);
  let fresh = nowMs;
  return types.map((type) => {
    const source = type.sourceId;
    if (source !== null && Number.isSafeInteger(source) && source > 0 && !used.has(source)) {
      used.add(source);
      return source;
    }
    while (used.has(fresh)) fresh++;
    used.add(fresh);
    return fresh;
  });
}

export function buildCollection(content: AnkiExportContent, options: CollectionOptions = {}): BuiltCollection {
  const names = validateDecksForExport(content.decks);
  const nowMs = Math.floor((options.now ?? Date.now)());
  const nowSec = Math.floor(nowMs / 1000);
  const crt = creationDay(content.notes, nowMs);
  const plain = content.decks.map((deck, i) => deck.notes.map((note, j) => preparePlainNote(note, names[i]!, j)));

  const decksJson: Record<string, object> = { [DEFAULT_DECK_ID]: deckJson(DEFAULT_DECK_ID, 'Default', nowSec) };
  const deckIdByKey = new Map<string, number>([['default', DEFAULT_DECK_ID]]);
  const deckIds = names.map((name, i) => {
    // A deck called "Default" is Anki's built-in deck 1; any other gets a fresh time-based id.
    const id = name.toLowerCase() === 'default' ? DEFAULT_DECK_ID : nowMs + i + 1;
    decksJson[id] = deckJson(id, name, nowSec);
    deckIdByKey.set(name.toLowerCase(), id);
    return id;
  });
  const deckIdOf = (name: string) => deckIdByKey.get(normalizeDeckName(name).toLowerCase()) ?? DEFAULT_DECK_ID;

  const typeIds = modelIds(content.noteTypes, nowMs);
  const models: Record<string, object> = buildModelsJson(nowSec);
  content.noteTypes.forEach((type, i) => {
    models[typeIds[i]!] = modelJson({
      id: typeIds[i]!,
      name: type.name,
      type: type.kind === 'cloze' ? MODEL_TYPE_CLOZE : MODEL_TYPE_STANDARD,
      fields: type.fields,
      templates: type.templates.map((t) => ({ name: t.name, qfmt: t.front, afmt: t.back })),
      css: type.css,
      mod: nowSec,
      sortField: type.sortField,
    });
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
        'odue, odid, flags, data) VALUES (@id, @nid, @did, @ord, @mod, -1, @type, @queue, @due, @ivl, @factor, ' +
        '@reps, @lapses, @left, 0, 0, 0, @data)',
    );
    const insertRevlog = db.prepare(
      'INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)',
    );
    const counts = { notes: 0, cards: 0, reviews: 0 };
    let nextId = nowMs;
    let position = 0;
    // Notes from Anki keep their guids (Anki then updates them on re-import); plain notes get others.
    const usedGuids = new Set<string>(content.notes.map((note) => note.guid));
    const writtenGuids = new Set<string>();
    const usedRevlogIds = new Set<number>();
    const addNote = (
      guid: string,
      mid: number,
      mod: number,
      tags: readonly string[],
      fields: readonly string[],
      sortField = 0,
    ) => {
      const noteId = (nextId += 1);
      insertNote.run(
        noteId,
        guid,
        mid,
        mod,
        toAnkiTagString(tags),
        fields.join('\x1f'),
        sortFieldText(fields[sortField] ?? ''),
        fieldChecksum(fields[0] ?? ''),
      );
      counts.notes++;
      position += 1;
      return noteId;
    };
    const newCard = (nid: number, did: number, ord: number) => ({
      id: (nextId += 1),
      nid,
      did,
      ord,
      mod: nowSec,
      type: 0,
      queue: 0,
      due: position,
      ivl: 0,
      factor: 0,
      reps: 0,
      lapses: 0,
      left: 0,
      data: '',
    });

    db.transaction(() => {
      plain.forEach((notes, deckIndex) => {
        const did = deckIds[deckIndex] ?? DEFAULT_DECK_ID;
        for (const { note, fields, ords } of notes) {
          let guid = note.guid && !usedGuids.has(note.guid) ? note.guid : '';
          for (let salt = 0; guid === ''; salt += 1) {
            const candidate = contentGuid([note.type, note.front, note.back], salt);
            if (!usedGuids.has(candidate)) guid = candidate;
          }
          usedGuids.add(guid);
          const mid = note.type === 'cloze' ? CLOZE_MODEL_ID : BASIC_MODEL_ID;
          const noteId = addNote(guid, mid, nowSec, note.tags, fields);
          for (const ord of ords) {
            insertCard.run(newCard(noteId, did, ord));
            counts.cards++;
          }
        }
      });
      for (const note of content.notes) {
        const mid = typeIds[note.noteType];
        if (mid === undefined) throw new InterchangeFormatError(`Note ${note.guid}: unknown note type`);
        if (writtenGuids.has(note.guid)) continue; // a note is written once, with every exported card
        writtenGuids.add(note.guid);
        const sortField = content.noteTypes[note.noteType]?.sortField ?? 0;
        const noteId = addNote(note.guid, mid, Math.floor(note.modifiedAt / 1000), note.tags, note.fields, sortField);
        for (const card of note.cards) {
          const columns = ankiCardColumns(card.schedule, {
            crt,
            newPosition: position,
            suspended: card.suspended,
            buried: card.buried,
            desiredRetention: content.desiredRetention,
          });
          const cardRow = { ...newCard(noteId, deckIdOf(card.deck), card.ord), ...columns };
          insertCard.run(cardRow);
          counts.cards++;
          for (const row of ankiRevlogRows(card.reviews, card.schedule)) {
            // revlog.id is the answer time and the primary key: two answers in one millisecond move apart.
            let id = row.id;
            while (usedRevlogIds.has(id)) id++;
            usedRevlogIds.add(id);
            insertRevlog.run(id, cardRow.id, row.ease, row.ivl, row.lastIvl, row.factor, row.time, row.type);
            counts.reviews++;
          }
        }
      }
      db.prepare(
        'INSERT INTO col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags) ' +
          "VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, '{}')",
      ).run(
        crt,
        nowMs,
        nowMs,
        ANKI_LEGACY_SCHEMA_VERSION,
        JSON.stringify(buildConfJson(BASIC_MODEL_ID, position + 1)),
        JSON.stringify(models),
        JSON.stringify(decksJson),
        JSON.stringify(buildDconfJson(nowSec)),
      );
    })();
    return { bytes: new Uint8Array(db.serialize()), ...counts };
  } finally {
    db.close();
  }
}
