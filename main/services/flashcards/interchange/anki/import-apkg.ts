// Anki .apkg -> decks. Reads collection.anki21 (or collection.anki2), maps Basic-like and Cloze
// note types, decks via the cards' did, tags; fields are converted from HTML to plain text.
import { readFile } from 'node:fs/promises';
import { InterchangeFormatError } from '../errors';
import { parseTagString } from '../tags';
import type { InterchangeDeck, InterchangeImportResult, InterchangeNote } from '../types';
import { DEFAULT_DECK_ID } from './collection-json';
import { fieldHtmlToText } from './field-html';
import { MODEL_TYPE_CLOZE } from './note-types';
import { readAnkiCollection, type AnkiCollectionContent } from './read-collection';
import { DEFAULT_ZIP_LIMITS, safeUnzip, type ZipLimits } from './safe-unzip';

export interface ApkgImportOptions {
  limits?: Partial<ZipLimits>;
}

// The legacy-compatible collection, newest first; anki21b is zstd-compressed (Anki 2.1.50+ only).
const LEGACY_COLLECTIONS = ['collection.anki21', 'collection.anki2'];
const NEWER_COLLECTION = 'collection.anki21b';

function pickCollection(names: readonly string[], files: Map<string, Uint8Array>): [string, Uint8Array] {
  for (const name of LEGACY_COLLECTIONS) {
    // When anki21b exists, collection.anki2 is only Anki's "please update" placeholder.
    if (name === 'collection.anki2' && names.includes(NEWER_COLLECTION)) break;
    const bytes = files.get(name);
    if (bytes) return [name, bytes];
  }
  if (names.includes(NEWER_COLLECTION)) {
    throw new InterchangeFormatError(
      'This .apkg uses the newer Anki package format (collection.anki21b), which this app cannot read. ' +
        'In Anki, export again with "Support older Anki versions" ticked.',
    );
  }
  throw new InterchangeFormatError(
    'This zip is not an Anki package: it holds no collection.anki2 or collection.anki21',
  );
}

function toNote(
  row: AnkiCollectionContent['notes'][number],
  content: AnkiCollectionContent,
  skipped: Map<string, number>,
  extraFields: Map<string, number>,
): InterchangeNote | undefined {
  const model = content.models.get(row.mid);
  const fields = row.flds.split('\x1f');
  const modelName = model?.name ?? `unknown note type ${row.mid}`;
  if (!model || (model.type !== MODEL_TYPE_CLOZE && fields.length < 2)) {
    skipped.set(modelName, (skipped.get(modelName) ?? 0) + 1);
    return undefined;
  }
  if (fields.slice(2).some((f) => fieldHtmlToText(f).trim() !== '')) {
    extraFields.set(modelName, (extraFields.get(modelName) ?? 0) + 1);
  }
  const tags = parseTagString(row.tags);
  const front = fieldHtmlToText(fields[0] ?? '');
  const back = fieldHtmlToText(fields[1] ?? '');
  return { type: model.type === MODEL_TYPE_CLOZE ? 'cloze' : 'basic', front, back, tags, guid: row.guid };
}

/** Groups notes into decks in order of first appearance, plus empty leaf decks the package named. */
function groupDecks(content: AnkiCollectionContent, notes: [InterchangeNote, number][]): InterchangeDeck[] {
  const byName = new Map<string, InterchangeDeck>();
  const deckName = (did: number) => content.decks.get(did)?.name ?? 'Default';
  for (const [note, did] of notes) {
    const name = deckName(did);
    const deck = byName.get(name) ?? { name, notes: [] };
    deck.notes.push(note);
    byName.set(name, deck);
  }
  const allNames = [...content.decks.values()].filter((d) => !d.dyn).map((d) => d.name);
  for (const [id, deck] of content.decks) {
    const isParent = allNames.some((other) => other.startsWith(`${deck.name}::`));
    if (id !== DEFAULT_DECK_ID && !deck.dyn && !isParent && !byName.has(deck.name)) {
      byName.set(deck.name, { name: deck.name, notes: [] });
    }
  }
  return [...byName.values()];
}

/** .apkg bytes -> decks and warnings (skipped note types, extra fields, media not imported). */
export function importApkg(bytes: Uint8Array, options: ApkgImportOptions = {}): InterchangeImportResult {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...options.limits };
  const { names, files } = safeUnzip(bytes, [...LEGACY_COLLECTIONS, 'media'], limits, 'This .apkg');
  const [collectionName, collectionBytes] = pickCollection(names, files);
  const content = readAnkiCollection(collectionBytes, collectionName);

  const skipped = new Map<string, number>();
  const extraFields = new Map<string, number>();
  const notes: [InterchangeNote, number][] = [];
  for (const row of content.notes) {
    const note = toNote(row, content, skipped, extraFields);
    if (note) notes.push([note, content.noteDecks.get(row.id) ?? DEFAULT_DECK_ID]);
  }

  const warnings: string[] = [];
  for (const [model, count] of skipped) {
    warnings.push(`${count} note(s) of type "${model}" were skipped: it is neither Cloze nor has two fields`);
  }
  for (const [model, count] of extraFields) {
    warnings.push(`${count} note(s) of type "${model}" had fields beyond the first two; those were not imported`);
  }
  const mediaCount = countMedia(files.get('media'));
  if (mediaCount > 0) warnings.push(`${mediaCount} media file(s) (images, audio) were not imported`);
  return { decks: groupDecks(content, notes), warnings };
}

function countMedia(bytes: Uint8Array | undefined): number {
  if (!bytes || bytes.length === 0) return 0;
  try {
    const map: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return map && typeof map === 'object' ? Object.keys(map).length : 0;
  } catch {
    return 0; // newer packages store media as protobuf; either way nothing of it is imported
  }
}

/** Reads and imports an .apkg file from disk. */
export async function importApkgFile(path: string, options: ApkgImportOptions = {}): Promise<InterchangeImportResult> {
  return importApkg(new Uint8Array(await readFile(path)), options);
}
