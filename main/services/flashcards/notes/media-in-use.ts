// Every stored media file the flashcards still use, so a collection never deletes one a card shows or a
// note field calls. Deleted cards awaiting purge count too (Undo brings them back with their images).
import type { Database } from 'better-sqlite3';
import { mediaNamesIn } from '../interchange/anki/export/field-media';
import { mediaLookup } from './render-note';

// Rendered cards and fields saved in the editor name files by hash; Anki fields and templates by name.
const MEDIA_URL = /app:\/\/media\/([0-9a-f]{64})/g;
// A note type's CSS may call a file too (fonts, backgrounds): url(_name.png).
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]+))\s*\)/gi;

export function mediaInUse(db: Database): Set<string> {
  const hashes = new Set<string>();
  const names = new Set<string>();
  const addHashes = (html: string) => {
    for (const match of html.matchAll(MEDIA_URL)) hashes.add(match[1]!);
  };

  const cardSides = db.prepare<[], { front: string; back: string }>(
    `SELECT front, back FROM cards WHERE content_format = 'html'`,
  );
  for (const card of cardSides.iterate()) {
    addHashes(card.front);
    addHashes(card.back);
  }
  for (const fieldsJson of db.prepare<[], string>('SELECT fields FROM notes').pluck().iterate()) {
    for (const field of JSON.parse(fieldsJson) as string[]) {
      addHashes(field);
      for (const name of mediaNamesIn(field)) names.add(name);
    }
  }
  const noteTypes = db.prepare<[], { templates: string; css: string }>('SELECT templates, css FROM note_types');
  for (const noteType of noteTypes.iterate()) {
    for (const template of JSON.parse(noteType.templates) as { front: string; back: string }[]) {
      for (const name of [...mediaNamesIn(template.front), ...mediaNamesIn(template.back)]) names.add(name);
    }
    for (const match of noteType.css.matchAll(CSS_URL)) names.add(match[1] ?? match[2] ?? match[3] ?? '');
  }

  const byName = db.prepare<[string], string>('SELECT hash FROM media_names WHERE name = ?').pluck();
  const lookup = mediaLookup((name) => byName.get(name) ?? null);
  for (const name of names) {
    const hash = name === '' ? null : lookup(name);
    if (hash !== null) hashes.add(hash);
  }
  return hashes;
}
