// Decks -> CSV or TSV text: header row front,back,tags,deck,type; fields quoted where needed.
import Papa from 'papaparse';
import type { InterchangeDeck } from '../types';
import { normalizeTags } from '../tags';
import { validateDecksForExport } from '../validate';

export type DelimitedFormat = 'csv' | 'tsv';

/** Column order of every CSV/TSV we write (import accepts any order). */
export const DELIMITED_COLUMNS = ['front', 'back', 'tags', 'deck', 'type'] as const;

export const DELIMITERS: Record<DelimitedFormat, string> = { csv: ',', tsv: '\t' };

/** One row per note; tags space-separated; newlines, quotes and delimiters survive via quoting. */
export function exportDelimited(decks: readonly InterchangeDeck[], format: DelimitedFormat): string {
  const names = validateDecksForExport(decks);
  const rows = decks.flatMap((deck, i) =>
    deck.notes.map((note) => ({
      front: note.front,
      back: note.back,
      tags: normalizeTags(note.tags).join(' '),
      deck: names[i] ?? deck.name,
      type: note.type,
    })),
  );
  // header:true with explicit columns writes the header even for zero rows.
  return `${Papa.unparse(rows, {
    columns: [...DELIMITED_COLUMNS],
    delimiter: DELIMITERS[format],
    newline: '\n',
    header: true,
  })}\n`;
}
