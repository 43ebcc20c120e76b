// Migration 007 (notes, note types, media names, HTML card columns) on a file written before it, and
// what the new columns change: plain cards unchanged, HTML cards searched by their text, cascades.
import { describe, expect, it } from 'vitest';
import { FlashcardService } from '../../../main/services/flashcards';
import { MIGRATIONS, openDatabase, readUserVersion, SettingsRepository } from '../../../main/services/store';
import { notes } from '../../../main/services/store/migrations/007-notes';
import { tableNames, useHandles, useTempDir } from './helpers';

const newPath = useTempDir();
const track = useHandles();
const BEFORE = MIGRATIONS.findIndex((migration) => migration === notes);

function insertNoteWithHtmlCard(db: ReturnType<typeof openDatabase>, deckId: number) {
  const type = db
    .prepare(
      `INSERT INTO note_types (name, kind, fields, templates, created_at, updated_at)
       VALUES ('Basic', 'standard', '["Front","Back"]', '[{"name":"Card 1","front":"{{Front}}","back":"{{Back}}"}]', 1, 1)
       RETURNING id`,
    )
    .pluck()
    .get() as number;
  const note = db
    .prepare(
      `INSERT INTO notes (guid, note_type_id, fields, created_at, updated_at) VALUES ('g1', ?, ?, 1, 1) RETURNING id`,
    )
    .pluck()
    .get(type, JSON.stringify(['<b>Hyperkalemia</b>', 'Peaked T waves'])) as number;
  const card = db
    .prepare(
      `INSERT INTO cards (deck_id, note_type, content_format, front, back, front_text, back_text, front_key,
         note_id, template_ord, created_at, updated_at, due)
       VALUES (?, 'basic', 'html', '<b>Hyperkalemia</b>', '<i>Peaked</i> T waves', 'Hyperkalemia', 'Peaked T waves',
         'hyperkalemia', ?, 0, 1, 1, 1) RETURNING id`,
    )
    .pluck()
    .get(deckId, note) as number;
  return { type, note, card };
}

describe('migration 007: notes', () => {
  it('is version 7, right after the migrations before it', () => {
    expect(notes.version).toBe(7);
    expect(BEFORE).toBe(6);
  });

  it('applies to a version-6 file: its cards stay plain text and are still found by search', () => {
    const path = newPath();
    const old = openDatabase(path, { migrations: MIGRATIONS.slice(0, BEFORE) });
    // Rows as the version-6 app wrote them (today's repositories expect the new columns).
    const deck = old
      .prepare(`INSERT INTO decks (name, name_key, created_at, updated_at) VALUES ('Renal', 'renal', 1, 1) RETURNING *`)
      .get() as { id: number };
    old
      .prepare(
        `INSERT INTO cards (deck_id, note_type, front, back, front_key, created_at, updated_at, due)
         VALUES (?, 'basic', 'What is <b>DKA</b>?', 'Diabetic ketoacidosis', 'what is <b>dka</b>?', 1, 1, 1)`,
      )
      .run(deck.id);
    old.close();

    // Up to today's schema: the repositories below expect every later column too.
    const db = track(openDatabase(path));
    expect(readUserVersion(db)).toBe(MIGRATIONS.length);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['notes', 'note_types', 'media_names']));
    const service = new FlashcardService(db, new SettingsRepository(db));
    const [card] = service.listCards({ deckId: deck.id, offset: 0, limit: 10 }).cards;
    expect(card).toMatchObject({ format: 'text', noteId: null, suspended: false, front: 'What is <b>DKA</b>?' });
    expect(service.searchCards('ketoac').map((hit) => hit.cardId)).toEqual([card!.id]);
    // A plain card's text is searched as written (its "<b>" is text, not markup).
    expect(service.searchCards('DKA')).toHaveLength(1);
  });

  it('indexes an HTML card by its text, keeps it indexed through edits and deletes it with its note', () => {
    const db = track(openDatabase(':memory:'));
    const service = new FlashcardService(db, new SettingsRepository(db));
    const deck = service.createDeck('Cardio');
    const { note, card } = insertNoteWithHtmlCard(db, deck.id);
    expect(service.searchCards('peaked')[0]).toMatchObject({
      cardId: card,
      snippet: expect.stringContaining('[Peaked]'),
    });
    // Markup is not text: no hit for the tag names.
    expect(service.searchCards('b')).toEqual([]);
    db.prepare(`UPDATE cards SET front_text = 'Hypokalemia', front = '<b>Hypokalemia</b>' WHERE id = ?`).run(card);
    expect(service.searchCards('hypokal').map((hit) => hit.cardId)).toEqual([card]);
    expect(service.searchCards('hyperkal')).toEqual([]);
    db.prepare('DELETE FROM notes WHERE id = ?').run(note);
    expect(db.prepare('SELECT count(*) FROM cards').pluck().get()).toBe(0);
    expect(service.searchCards('hypokal')).toEqual([]);
  });

  it('refuses what the columns do not allow', () => {
    const db = track(openDatabase(':memory:'));
    const service = new FlashcardService(db, new SettingsRepository(db));
    const deck = service.createDeck('Cardio');
    const { type, card } = insertNoteWithHtmlCard(db, deck.id);
    const bad = [
      `UPDATE cards SET content_format = 'markdown' WHERE id = ${card}`,
      `UPDATE cards SET suspended = 2 WHERE id = ${card}`,
      `UPDATE cards SET template_ord = -1 WHERE id = ${card}`,
      `INSERT INTO notes (guid, note_type_id, fields, created_at, updated_at) VALUES ('g1', ${type}, '[]', 1, 1)`,
      `INSERT INTO notes (guid, note_type_id, fields, created_at, updated_at) VALUES ('g2', ${type}, 'not json', 1, 1)`,
      `INSERT INTO note_types (name, kind, fields, templates, created_at, updated_at) VALUES ('X', 'odd', '[]', '[]', 1, 1)`,
      `INSERT INTO media_names (name, hash, updated_at) VALUES ('a.png', 'XYZ', 1)`,
    ];
    for (const sql of bad) expect(() => db.exec(sql), sql).toThrow(/constraint|malformed/i);
  });
});
