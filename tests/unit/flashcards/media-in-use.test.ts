// Which stored files the flashcards use: hashes in rendered cards and editor-saved fields, names in Anki
// fields, templates and note-type CSS (as written, percent-encoded or decomposed), deleted cards included.
import { describe, expect, it } from 'vitest';
import { mediaInUse } from '../../../main/services/flashcards/notes';
import { useFlashcards } from './helpers';

const hash = (digit: string) => digit.repeat(64);
const fresh = useFlashcards();

function setup() {
  const { db, service } = fresh();
  const deck = service.createDeck('Anatomy');
  const insertType = db.prepare(
    `INSERT INTO note_types (name, kind, fields, templates, css, created_at, updated_at) VALUES (?, 'standard', '["Front","Back"]', ?, ?, 0, 0)`,
  );
  const insertNote = db.prepare(
    `INSERT INTO notes (guid, note_type_id, fields, created_at, updated_at) VALUES (?, ?, ?, 0, 0)`,
  );
  const nameFile = db.prepare('INSERT INTO media_names (name, hash, updated_at) VALUES (?, ?, 0)');
  return { db, service, deck, insertType, insertNote, nameFile };
}

describe('mediaInUse', () => {
  it('is empty without cards or notes', () => {
    expect(mediaInUse(setup().db)).toEqual(new Set());
  });

  it('finds hashes in HTML cards (deleted ones too) and names in fields, templates and CSS', () => {
    const { db, service, deck, insertType, insertNote, nameFile } = setup();
    const templates = JSON.stringify([{ name: 'Card 1', front: '<img src="_logo.png">{{Front}}', back: '{{Back}}' }]);
    const type = insertType.run('Basic', templates, '.card { background: url("_paper.png") }').lastInsertRowid;
    insertNote.run('g1', type, JSON.stringify(['<img src="heart%20left.png">', '[sound:beat.mp3]']));
    insertNote.run('g2', type, JSON.stringify(['<img src="app://media/' + hash('9') + '">', 'plain']));
    nameFile.run('_logo.png', hash('1'));
    nameFile.run('_paper.png', hash('2'));
    nameFile.run('heart left.png', hash('3'));
    nameFile.run('beat.mp3', hash('4'));
    nameFile.run('unused.png', hash('5'));

    const shown = service.createCard({ deckId: deck.id, front: 'x', back: 'y' });
    const deleted = service.createCard({ deckId: deck.id, front: 'x2', back: 'y2' });
    const setHtml = db.prepare(`UPDATE cards SET content_format = 'html', front = ?, back = ? WHERE id = ?`);
    setHtml.run(`<img src="app://media/${hash('6')}">`, '<p>no media</p>', shown.id);
    setHtml.run('<p>q</p>', `<audio src="app://media/${hash('7')}"></audio>`, deleted.id);
    service.deleteCard(deleted.id);
    // A text card that merely quotes such a URL is not HTML and calls no file.
    service.createCard({ deckId: deck.id, front: `app://media/${hash('8')}`, back: 'z' });

    expect([...mediaInUse(db)].sort()).toEqual(['1', '2', '3', '4', '6', '7', '9'].map(hash));
  });

  it('matches a name written decomposed (NFD) to the one recorded composed (NFC)', () => {
    const { db, insertType, insertNote, nameFile } = setup();
    const type = insertType.run('Plain', '[]', '').lastInsertRowid;
    insertNote.run('g', type, JSON.stringify([`<img src="${'café.png'.normalize('NFD')}">`, '']));
    nameFile.run('café.png'.normalize('NFC'), hash('a'));
    expect(mediaInUse(db)).toEqual(new Set([hash('a')]));
  });
});
