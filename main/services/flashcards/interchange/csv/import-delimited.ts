// CSV or TSV text -> decks. Needs front and back columns; tags, deck and type are optional.
import Papa from 'papaparse';
import { hasCloze } from '../anki/cloze';
import { InterchangeFormatError } from '../errors';
import { parseTagString } from '../tags';
import type { InterchangeDeck, InterchangeImportResult, InterchangeNoteType } from '../types';
import { normalizeDeckName } from '../validate';
import { DELIMITERS, type DelimitedFormat } from './export-delimited';

export interface DelimitedImportOptions {
  /** csv or tsv; when left out the delimiter is detected from the text. */
  format?: DelimitedFormat;
  /** Deck for rows without a deck column/value. Default "Imported". */
  defaultDeck?: string;
}

const MAX_REPORTED_ERRORS = 3;

function noteType(value: string | undefined, front: string, line: number): InterchangeNoteType {
  const type = (value ?? '').trim().toLowerCase();
  if (type === '') return hasCloze(front) ? 'cloze' : 'basic';
  if (type === 'basic' || type === 'cloze') return type;
  throw new InterchangeFormatError(`Line ${line}: type must be "basic" or "cloze", got "${value}"`);
}

/** Parses the text; a malformed quote or a row with the wrong number of fields is an error. */
export function importDelimited(text: string, options: DelimitedImportOptions = {}): InterchangeImportResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    delimiter: options.format ? DELIMITERS[options.format] : '',
    skipEmptyLines: true,
    transformHeader: (header) => header.trim().toLowerCase(),
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

  const fallbackDeck = normalizeDeckName(options.defaultDeck ?? 'Imported');
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
    deck.notes.push({
      type: noteType(row.type, front, line),
      front,
      back: row.back ?? '',
      tags: parseTagString(row.tags ?? ''),
    });
    decks.set(name, deck);
  });
  return { decks: [...decks.values()], warnings };
}
