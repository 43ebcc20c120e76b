// Decks -> CSV or TSV in Anki's "Notes in Plain Text" shape: "#" header lines name the separator, say the fields
// are HTML and give the note type, deck, tags (and guid) columns, so Anki's File > Import puts every note in its
// deck with its tags and note type, and our own import reads the file back the same way.
import Papa from 'papaparse';
import { textToFieldHtml } from '../anki/field-html';
import { normalizeTags } from '../tags';
import type { InterchangeDeck, InterchangeNoteType } from '../types';
import { validateDecksForExport } from '../validate';
import { separatorName } from './anki-text-header';

export type DelimitedFormat = 'csv' | 'tsv';

/** Column order of every CSV/TSV we write; a guid column is added when a note has a guid. */
export const DELIMITED_COLUMNS = ['Front', 'Back', 'Tags', 'Deck', 'Notetype'] as const;

export const DELIMITERS: Record<DelimitedFormat, string> = { csv: ',', tsv: '\t' };

/** Anki's stock note type names: its import looks note types up by name. */
const NOTETYPE_NAMES: Record<InterchangeNoteType, string> = { basic: 'Basic', cloze: 'Cloze' };

function headerLines(delimiter: string, columns: readonly string[]): string[] {
  const column = (name: string): number => columns.indexOf(name) + 1;
  const lines = [
    `#separator:${separatorName(delimiter)}`,
    // Fields are written as HTML (text escaped, line breaks as <br>) so Anki shows them exactly, line breaks kept.
    '#html:true',
    `#notetype column:${column('Notetype')}`,
    `#deck column:${column('Deck')}`,
    `#tags column:${column('Tags')}`,
  ];
  if (columns.includes('GUID')) lines.push(`#guid column:${column('GUID')}`);
  // After "#separator:": Anki splits the names with the separator known at that point.
  lines.push(`#columns:${Papa.unparse([columns as string[]], { delimiter, newline: '\n' })}`);
  return lines;
}

/** One row per note; tags space-separated; quoting keeps delimiters, quotes and a leading "#" in fields. */
export function exportDelimited(decks: readonly InterchangeDeck[], format: DelimitedFormat): string {
  const names = validateDecksForExport(decks);
  const delimiter = DELIMITERS[format];
  const withGuid = decks.some((deck) => deck.notes.some((note) => (note.guid ?? '') !== ''));
  const columns: string[] = [...DELIMITED_COLUMNS, ...(withGuid ? ['GUID'] : [])];
  const rows = decks.flatMap((deck, i) =>
    deck.notes.map((note) => {
      const row = [
        textToFieldHtml(note.front),
        textToFieldHtml(note.back),
        normalizeTags(note.tags).join(' '),
        names[i] ?? deck.name,
        NOTETYPE_NAMES[note.type],
      ];
      return withGuid ? [...row, note.guid ?? ''] : row;
    }),
  );
  const body = Papa.unparse(rows, {
    delimiter,
    newline: '\n',
    // Anki treats a line starting with "#" as a comment: a field starting with "#" must be quoted.
    quotes: (value: unknown) => typeof value === 'string' && value.startsWith('#'),
  });
  return `${[...headerLines(delimiter, columns), ...(body === '' ? [] : [body])].join('\n')}\n`;
}
