// Markdown tables whose header names a front and a back column (| Question | Answer |, | Front | Back |).
import { buildCard } from './build-card';
import { BACK_HEADERS, FRONT_HEADERS } from './column-names';
import { splitLines } from './lines';
import { blankRanges, stripEmphasis } from './text';
import type { PositionedCard } from './types';

export interface TableExtraction {
  cards: PositionedCard[];
  /** The text with the tables that yielded cards blanked out. */
  rest: string;
}

function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((cell) => cell.trim());
}

const isRow = (line: string | undefined): line is string => line !== undefined && line.trim().startsWith('|');
const isRule = (line: string): boolean => /^\|?[ :|-]+\|?$/.test(line.trim()) && line.includes('-');

export function extractTableCards(text: string): TableExtraction {
  const cards: PositionedCard[] = [];
  const used: Array<[number, number]> = [];
  const lines = splitLines(text);
  for (let index = 0; index < lines.length; index++) {
    const header = lines[index];
    const rule = lines[index + 1];
    if (!header || !rule || !isRow(header.text) || !isRule(rule.text)) continue;
    const names = cells(header.text).map((name) => stripEmphasis(name).toLowerCase());
    const frontColumn = names.findIndex((name) => FRONT_HEADERS.includes(name));
    const backColumn = names.findIndex((name) => BACK_HEADERS.includes(name));
    if (frontColumn === -1 || backColumn === -1) continue;
    let row = index + 2;
    const found: PositionedCard[] = [];
    for (; row < lines.length && isRow(lines[row]?.text); row++) {
      const line = lines[row];
      if (!line) break;
      const values = cells(line.text);
      const card = buildCard(values[frontColumn] ?? '', values[backColumn] ?? null, line.start);
      if (card) found.push(card);
    }
    if (found.length > 0) {
      cards.push(...found);
      const last = lines[row - 1];
      used.push([header.start, last ? last.start + last.text.length : header.start]);
    }
    index = row - 1;
  }
  return { cards, rest: blankRanges(text, used) };
}
