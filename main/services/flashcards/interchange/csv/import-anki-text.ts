// The rows of an Anki "Notes in Plain Text" file -> decks, honouring its header lines: separator, html, the deck,
// tags, notetype and guid columns, "#columns:" names and the "#deck:", "#notetype:" and "#tags:" defaults.
// Files have no header row: every line after the "#" lines is a note, and later "#" lines are comments.
import Papa from 'papaparse';
import { hasCloze } from '../anki/cloze';
import { fieldHtmlToText } from '../anki/field-html';
import { InterchangeFormatError } from '../errors';
import { normalizeTags, parseTagString } from '../tags';
import type { InterchangeDeck, InterchangeImportResult, InterchangeNoteType } from '../types';
import { normalizeDeckName } from '../validate';
import type { AnkiTextHeader } from './anki-text-header';

export interface AnkiTextImportOptions {
  /** Separator used when the header has no "#separator:" line; detected from the rows when undefined. */
  delimiter?: string;
  /** Deck (already normalised) for notes with no deck of their own and no "#deck:" line. */
  defaultDeck: string;
}

/** Anki guesses "html" when any field of the first rows holds something tag-like (its text::is_html test). */
const HTML_GUESS_ROWS = 5;
const LOOKS_LIKE_HTML = /<[\s\S]*?>/;

const FRONT_FIELDS = ['front', 'text'];
const BACK_FIELDS = ['back', 'back extra'];
const MAX_REPORTED_ERRORS = 3;

/** Basic and Cloze and Anki's stock variants of them ("Basic (and reversed card)", "Cloze (Extended)"…). */
export function noteTypeFromName(name: string): InterchangeNoteType | null {
  const lower = name.trim().toLowerCase();
  if (lower.includes('cloze')) return 'cloze';
  if (lower.startsWith('basic')) return 'basic';
  return null;
}

/** Anki reads a deck or note type value made of digits as an id; ids from another collection mean nothing here. */
const isId = (value: string): boolean => /^-?\d+$/.test(value);

function parseRows(body: string, delimiter: string | undefined): { rows: string[][]; delimiter: string } {
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    delimiter: delimiter ?? '',
    comments: '#',
    skipEmptyLines: true,
  });
  // A single-column file has no separator to detect; Papa then reads it as one column, which is right.
  const errors = parsed.errors.filter((error) => error.code !== 'UndetectableDelimiter');
  if (errors.length > 0) {
    const listed = errors
      .slice(0, MAX_REPORTED_ERRORS)
      .map((e) => `${e.row === undefined ? '' : `row ${e.row + 1}: `}${e.message}`);
    throw new InterchangeFormatError(`The file could not be read: ${listed.join('; ')}`);
  }
  return { rows: parsed.data, delimiter: parsed.meta.delimiter };
}

/** Column labels from "#columns:", split with the file's separator and quoting rules. */
function columnLabels(columns: string | undefined, delimiter: string): string[] {
  if (columns === undefined) return [];
  const parsed = Papa.parse<string[]>(columns, { header: false, delimiter });
  return (parsed.data[0] ?? []).map((label) => label.trim().toLowerCase());
}

/** Where a row's front and back come from (1-based), given the meta columns and any "#columns:" names. */
function fieldColumns(rowLength: number, meta: ReadonlySet<number>, labels: readonly string[], byName: boolean) {
  const free: number[] = [];
  for (let column = 1; column <= Math.max(rowLength, labels.length); column++) {
    if (!meta.has(column)) free.push(column);
  }
  const named = (names: readonly string[]): number | undefined => {
    if (!byName) return undefined;
    const index = labels.findIndex((label, i) => names.includes(label) && !meta.has(i + 1));
    return index === -1 ? undefined : index + 1;
  };
  const front = named(FRONT_FIELDS) ?? free.find((column) => column !== named(BACK_FIELDS));
  const back = named(BACK_FIELDS) ?? free.find((column) => column !== front);
  return { front, back, unused: free.filter((column) => column !== front && column !== back) };
}

export function importAnkiText(
  body: string,
  header: AnkiTextHeader,
  options: AnkiTextImportOptions,
): InterchangeImportResult {
  const { rows, delimiter } = parseRows(body, header.delimiter ?? options.delimiter);
  const warnings: string[] = [];
  if (header.ignored.length > 0) {
    warnings.push(`Header lines this app does not understand were skipped: ${header.ignored.join(' | ')}`);
  }
  const html =
    header.html ?? rows.slice(0, HTML_GUESS_ROWS).some((row) => row.some((cell) => LOOKS_LIKE_HTML.test(cell)));
  const asText = html ? fieldHtmlToText : (value: string) => value;
  const labels = columnLabels(header.columns, delimiter);
  const meta = new Set(
    [header.deckColumn, header.tagsColumn, header.notetypeColumn, header.guidColumn].filter(
      (column): column is number => column !== undefined,
    ),
  );
  // Anki maps fields by "#columns:" names only for one global note type; with a notetype column it goes by order.
  const byName = header.notetypeColumn === undefined && labels.some((label) => label !== '');

  let fallbackDeck = options.defaultDeck;
  if (header.deck !== undefined) {
    if (isId(header.deck))
      warnings.push(`"#deck:${header.deck}" is a deck id from Anki; notes went to "${fallbackDeck}"`);
    else fallbackDeck = normalizeDeckName(header.deck);
  }
  const unknownTypes = new Map<string, number>();
  const unusedColumns = new Map<number, number>();
  const decks = new Map<string, InterchangeDeck>();
  const cell = (row: readonly string[], column: number | undefined): string =>
    column === undefined ? '' : (row[column - 1] ?? '');

  rows.forEach((row, index) => {
    const columns = fieldColumns(row.length, meta, labels, byName);
    const front = asText(cell(row, columns.front));
    if (front.trim() === '') {
      warnings.push(`Row ${index + 1} has an empty front and was skipped`);
      return;
    }
    for (const column of columns.unused) {
      if (cell(row, column).trim() !== '') unusedColumns.set(column, (unusedColumns.get(column) ?? 0) + 1);
    }
    const deckValue = cell(row, header.deckColumn).trim();
    let name = fallbackDeck;
    if (deckValue !== '' && !isId(deckValue)) {
      try {
        name = normalizeDeckName(deckValue);
      } catch (error) {
        throw new InterchangeFormatError(`Row ${index + 1}: ${(error as Error).message}`);
      }
    }
    const typeName = cell(row, header.notetypeColumn).trim() || header.notetype || '';
    let type = typeName === '' ? null : noteTypeFromName(typeName);
    if (typeName !== '' && type === null) unknownTypes.set(typeName, (unknownTypes.get(typeName) ?? 0) + 1);
    type ??= hasCloze(front) ? 'cloze' : 'basic';
    const guid = cell(row, header.guidColumn).trim();
    const deck = decks.get(name) ?? { name, notes: [] };
    deck.notes.push({
      type,
      front,
      back: asText(cell(row, columns.back)),
      tags: normalizeTags([...header.tags, ...parseTagString(cell(row, header.tagsColumn))]),
      ...(guid === '' ? {} : { guid }),
    });
    decks.set(name, deck);
  });

  for (const [typeName, count] of unknownTypes) {
    warnings.push(
      `${count} note(s) of type "${typeName}" were imported as Basic or Cloze, judged by their text ` +
        '(this app knows those two note types)',
    );
  }
  for (const [column, count] of unusedColumns) {
    warnings.push(
      `Column ${column} of ${count} row(s) was not imported: only a front and a back field are kept` +
        (header.tagsColumn === undefined ? ` (a "#tags column:${column}" line would read it as tags)` : ''),
    );
  }
  return { decks: [...decks.values()], warnings };
}
