// Lines split by a separator people use for quick cards: "term :: definition", "Q | A", and bold-term lists
// ("**Term** — definition", also with – or -, bulleted or numbered). Prose can hold " | ", " :: " or a bold word
// and a dash too, so a line only counts when its front is a question (ends with "?") or it is one of a list of
// at least MIN_SEPARATED_RUN consecutive lines in the same format.
import { buildCard } from './build-card';
import { looksLikeCloze } from './cloze';
import { isHeaderPair } from './column-names';
import { MAX_TERM_CHARS, MIN_SEPARATED_RUN } from './limits';
import { readListItem, splitLines, type TextLine } from './lines';
import { blankRanges, stripEmphasis } from './text';
import type { PositionedCard } from './types';

type Format = 'colons' | 'pipe' | 'bold';

interface Candidate {
  format: Format;
  front: string;
  back: string;
  line: TextLine;
}

export interface SeparatedExtraction {
  cards: PositionedCard[];
  /** The text with the lines that became cards (or their header row) blanked out. */
  rest: string;
}

/**
 * Exactly one separator with text on both sides; the separator carries a space on each side ("a :: b", "a | b").
 * A plain string, not a regex: " +:: +" backtracks quadratically over a long run of spaces.
 */
function splitOnce(content: string, separator: string): { front: string; back: string } | null {
  const parts = content.split(separator);
  if (parts.length !== 2) return null;
  const [front = '', back = ''] = parts.map((part) => part.trim());
  return front === '' || back === '' ? null : { front, back };
}

/** "**Term** — definition", "__Term__ - definition": the bold span must open the line and stay short. */
function readBoldTerm(content: string): { front: string; back: string } | null {
  const mark = content.startsWith('**') ? '**' : content.startsWith('__') ? '__' : null;
  if (!mark) return null;
  const close = content.indexOf(mark, mark.length);
  if (close === -1) return null;
  const term = content.slice(mark.length, close).trim();
  const dash = /^ *(?:[—–] *|-{1,2} +)/.exec(content.slice(close + mark.length, close + mark.length + 8));
  if (!dash || term === '' || term.length > MAX_TERM_CHARS) return null;
  const back = content.slice(close + mark.length + dash[0].length).trim();
  return back === '' ? null : { front: term, back };
}

function readCandidate(line: TextLine): Candidate | null {
  const trimmed = line.text.trim();
  // Table rows (read by the table extractor when their header names a front and a back) are not "a | b" lines.
  if (trimmed === '' || trimmed.startsWith('|') || looksLikeCloze(trimmed)) return null;
  const content = readListItem(trimmed)?.content ?? trimmed;
  const bold = readBoldTerm(content);
  if (bold) return { format: 'bold', ...bold, line };
  const colons = splitOnce(content, ' :: ');
  if (colons) return { format: 'colons', ...colons, line };
  const pipe = splitOnce(content, ' | ');
  return pipe ? { format: 'pipe', ...pipe, line } : null;
}

/** A markdown table's rule line ("---|---"): the lines under it are table rows, not cards. */
const isTableRule = (text: string): boolean => /^[ |:-]+$/.test(text) && text.includes('-') && text.includes('|');
const isFence = (text: string): boolean => /^ {0,3}(?:```|~~~)/.test(text);

/** Groups candidates into runs of consecutive lines of one format; any other line, blank or not, ends a run. */
function collectRuns(lines: readonly TextLine[]): Candidate[][] {
  const runs: Candidate[][] = [];
  let run: Candidate[] = [];
  let inCode = false;
  let inTable = false;
  const close = (): void => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const line of lines) {
    if (isFence(line.text)) inCode = !inCode;
    if (line.text.trim() === '') {
      inTable = false;
      close();
      continue;
    }
    if (isTableRule(line.text.trim())) inTable = true;
    const candidate = inCode || inTable ? null : readCandidate(line);
    if (!candidate || (run[0] && run[0].format !== candidate.format)) close();
    if (candidate) run.push(candidate);
  }
  close();
  return runs;
}

export function extractSeparatedCards(text: string): SeparatedExtraction {
  const cards: PositionedCard[] = [];
  const used: Array<[number, number]> = [];
  for (const run of collectRuns(splitLines(text))) {
    const isList = run.length >= MIN_SEPARATED_RUN;
    for (const { front, back, line } of run) {
      const header = isHeaderPair(front, back);
      if (!header && !isList && !stripEmphasis(front).endsWith('?')) continue;
      const card = header ? null : buildCard(front, back, line.start);
      if (card) cards.push(card);
      if (card || header) used.push([line.start, line.start + line.text.length]);
    }
  }
  return { cards, rest: blankRanges(text, used) };
}
