// Cards written with labels: Q:/A:, Question:/Answer:, Front:/Back: (bold or not), Cloze:/Extra:, one per line or inline.
import { buildCard } from './build-card';
import { looksLikeCloze } from './cloze';
import { isChatter, isSeparator, readLabel, readListItem, splitInlineAnswer, splitLines } from './lines';
import { blankRanges } from './text';
import type { PositionedCard } from './types';

interface OpenCard {
  front: string[];
  back: string[] | null;
  position: number;
}

export interface LabeledExtraction {
  cards: PositionedCard[];
  /** The text with every line that belonged to a labeled card blanked out. */
  rest: string;
}

/** A cloze line or a numbered question starts a card of another format, so it never continues this one. */
function looksLikeNewCard(line: string): boolean {
  const item = readListItem(line);
  return looksLikeCloze(line) || (item !== null && item.numbered && item.content.includes('?'));
}

export function extractLabeledCards(text: string): LabeledExtraction {
  const cards: PositionedCard[] = [];
  // Consumed lines, blanked in one pass at the end (blanking each line as it goes would be quadratic).
  const used: Array<[number, number]> = [];
  let open: OpenCard | null = null;
  let blankBefore = false;

  const finish = (): void => {
    if (open) {
      const card = buildCard(open.front.join('\n'), open.back === null ? null : open.back.join('\n'), open.position);
      if (card) cards.push(card);
    }
    open = null;
  };

  for (const line of splitLines(text)) {
    const consume = (): void => {
      used.push([line.start, line.start + line.text.length]);
    };
    if (line.text.trim() === '') {
      blankBefore = true;
      continue;
    }
    const wasBlank = blankBefore;
    blankBefore = false;
    const label = readLabel(line.text);
    if (label?.kind === 'front') {
      finish();
      const inline = splitInlineAnswer(label.content);
      open = inline
        ? { front: [inline.front], back: [inline.back], position: line.start }
        : { front: [label.content], back: null, position: line.start };
      consume();
      continue;
    }
    const current: OpenCard | null = open;
    if (label?.kind === 'back') {
      // An answer with no question before it (or a second answer) is not a card of its own.
      if (current && current.back === null) {
        current.back = [label.content];
        consume();
      } else finish();
      continue;
    }
    if (!current || isSeparator(line.text) || looksLikeNewCard(line.text)) {
      finish();
      continue;
    }
    // Continuation lines: a label alone on its line takes the next lines; otherwise a blank line ends the side.
    const side = current.back ?? current.front;
    const sideEmpty = side.every((part) => part.trim() === '');
    if (sideEmpty || (!wasBlank && !isChatter(line.text))) {
      side.push(line.text);
      consume();
    } else finish();
  }
  finish();
  return { cards, rest: blankRanges(text, used) };
}
