// CSV, TSV or Anki plain text -> decks. Three shapes are read:
// - Anki's "Notes in Plain Text" with "#separator:", "#html:", "#deck column:"… header lines (import-anki-text.ts);
// - a header row naming the columns (front/back or question/answer…, plus optional tags, deck, type);
// - bare rows of front, back, as Anki reads a text file without header lines.
import Papa from 'papaparse';
import { hasCloze } from '../anki/cloze';
import { InterchangeFormatError } from '../errors';
import { parseTagString } from '../tags';
import type { InterchangeDeck, InterchangeImportResult, InterchangeNoteType } from '../types';
import { normalizeDeckName } from '../validate';
import { readAnkiTextHeader } from './anki-text-header';
import { DELIMITERS, type DelimitedFormat } from './export-delimited';
import { importAnkiText } from './import-anki-text';

export interface DelimitedImportOptions {
  /** csv or tsv; when left out the delimiter is detected from the text. A "#separator:" line overrides it. */
  format?: DelimitedFormat;
  /** Deck for rows without a deck column/value. Default "Imported". */
  defaultDeck?: string;
}

const MAX_REPORTED_ERRORS = 3;

/** Header-row names and the column each stands for; the row is a header only when every cell is one of these. */
const COLUMN_NAMES: Record<string, string> = {
  front: 'front',
  question: 'front',
  term: 'front',
  text: 'front',
  back: 'back',
  answer: 'back',
  definition: 'back',
  'back extra': 'back',
  tags: 'tags',
  deck: 'deck',
  type: 'type',
  guid: 'guid',
};

function noteType(value: string | undefined, front: string, line: number): InterchangeNoteType {
  const type = (value ?? '').trim().toLowerCase();
  if (type === '') return hasCloze(front) ? 'cloze' : 'basic';
  if (type === 'basic' || type === 'cloze') return type;
  throw new InterchangeFormatError(`Line ${line}: type must be "basic" or "cloze", got "${value}"`);
}

/** True when the first row reads as column names (all cells known names, a front among them). */
function firstRowIsHeader(text: string, delimiter: string): boolean {
  const first = Papa.parse<string[]>(text, { header: false, delimiter, preview: 1 }).data[0] ?? [];
  const names = first.map((cell) => cell.trim().toLowerCase()).filter((cell) => cell !== '');
  return (
    names.length > 0 &&
    names.every((name) => name in COLUMN_NAMES) &&
    names.some((name) => COLUMN_NAMES[name] === 'front')
  );
}

/** The header-row shape: needs front and back columns; a row with the wrong number of fields is an error. */
function importWithHeaderRow(text: string, delimiter: string, fallbackDeck: string): InterchangeImportResult {
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    delimiter,
    skipEmptyLines: true,
    transformHeader: (header) => {
      const name = header.trim().toLowerCase();
      return COLUMN_NAMES[name] ?? name;
    },
  });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('front') || !fields.includes('back')) {
    throw new InterchangeFormatError(
      `The header row must name "front" and "back" columns (found: ${fields.join(', ') || 'nothing'})`,
    );
  }
  if (parsed.errors.length > 0) {
    // Papa numbers data rows from 0; +2 turns that into a line number counting the header.
    const listed = parsed.errors
      .slice(0, MAX_REPORTED_ERRORS)
      .map((e) => `${e.row === undefined ? '' : `row ${e.row + 2}: `}${e.message}`);
    throw new InterchangeFormatError(`The file could not be read: ${listed.join('; ')}`);
  }

  const decks = new Map<string, InterchangeDeck>();
  const warnings: string[] = [];
  parsed.data.forEach((row, index) => {
    const line = index + 2;
    const front = row.front ?? '';
    if (front.trim() === '') {
      warnings.push(`Line ${line} has an empty front and was skipped`);
      return;
    }
    const deckValue = (row.deck ?? '').trim();
    const name = deckValue === '' ? fallbackDeck : normalizeDeckName(deckValue);
    const deck = decks.get(name) ?? { name, notes: [] };
    const guid = (row.guid ?? '').trim();
    deck.notes.push({
      type: noteType(row.type, front, line),
      front,
      back: row.back ?? '',
      tags: parseTagString(row.tags ?? ''),
      ...(guid === '' ? {} : { guid }),
    });
    decks.set(name, deck);
  });
  return { decks: [...decks.values()], warnings };
}

/** Parses the text; a malformed quote is an error, and so is a header row without front and back. */
export function importDelimited(text: string, options: DelimitedImportOptions = {}): InterchangeImportResult {
  const clean = text.replace(/^\uFEFF/, '');
  const fallbackDeck = normalizeDeckName(options.defaultDeck ?? 'Imported');
  const delimiter = options.format ? DELIMITERS[options.format] : undefined;
  const { header, body } = readAnkiTextHeader(clean);
  if (header.lineCount === 0) {
    const guessed = delimiter ?? Papa.parse(clean, { preview: 1, skipEmptyLines: true }).meta.delimiter;
    if (firstRowIsHeader(clean, guessed)) return importWithHeaderRow(clean, guessed, fallbackDeck);
  }
  return importAnkiText(body, header, { delimiter, defaultDeck: fallbackDeck });
}
