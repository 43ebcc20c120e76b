// Tab-separated lines, as pasted from a spreadsheet or an Anki text export: "front<TAB>back", one card a line.
// Prose never holds a tab between words, so one such line is enough; a "Question<TAB>Answer" header row is skipped.
import { buildCard } from './build-card';
import { isHeaderPair } from './column-names';
import { readLabel, readListItem, splitLines } from './lines';
import { blankRanges } from './text';
import type { PositionedCard } from './types';

export interface TabExtraction {
  cards: PositionedCard[];
  /** The text with the lines that were read as cards (or as their header row) blanked out. */
  rest: string;
}

/** JSON, table rows, headings/"#" header lines and quotes belong to other formats. */
const OTHER_FORMAT_START = /^[[{|#>]/;
/** A list marker alone ("1.", "-") before the tab is indentation, not a front. */
const MARKER_ONLY = /^(?:\d{1,3}[.)]|[-*•+])$/;

function tabCells(line: string): [string, string] | null {
  const trimmed = line.trim();
  if (!trimmed.includes('\t') || OTHER_FORMAT_START.test(trimmed) || readLabel(trimmed)) return null;
  const content = readListItem(trimmed)?.content ?? trimmed;
  // Several tabs in a row only align the columns.
  const cells = content.split(/\t+/).map((cell) => cell.trim());
  if (cells.length !== 2) return null;
  const [front = '', back = ''] = cells;
  if (front === '' || back === '' || MARKER_ONLY.test(front)) return null;
  return [front, back];
}

export function extractTabCards(text: string): TabExtraction {
  const cards: PositionedCard[] = [];
  const used: Array<[number, number]> = [];
  for (const line of splitLines(text)) {
    const cells = tabCells(line.text);
    if (!cells) continue;
    const [front, back] = cells;
    const card = isHeaderPair(front, back) ? null : buildCard(front, back, line.start);
    if (card) cards.push(card);
    if (card || isHeaderPair(front, back)) used.push([line.start, line.start + line.text.length]);
  }
  return { cards, rest: blankRanges(text, used) };
}
