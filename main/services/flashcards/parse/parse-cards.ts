// parseCards: free-form model output → cards. JSON first, then tab-separated lines, tables, labeled lines,
// "a :: b" / "a | b" / "**a** — b" lines, numbered/cloze lines; each step blanks what it used so no text becomes
// two cards, and results keep the order of the text.
import { dedupeCards } from './dedupe';
import { extractJsonCards } from './json-cards';
import { extractLabeledCards } from './labeled-cards';
import { extractLineCards } from './line-cards';
import { assertInputSize } from './limits';
import { extractSeparatedCards } from './separated-cards';
import { extractTabCards } from './tab-cards';
import { extractTableCards } from './table-cards';
import { prepareText, tabsToSpaces } from './text';
import type { ParsedCard, PositionedCard } from './types';

/**
 * Words and marks a sentence cannot end on: an answer ending so, at the very end of the text, was cut off.
 * Lower case only, so "Vitamin A" or "Hepatitis A" stays a whole answer.
 */
const DANGLING_END = /(?:[,;:(–—-]|\b(?:and|or|of|the|a|an|to|with|in|for|by|is|are|but|because|as|e\.g\.))$/;

function dropCutOffLast(cards: PositionedCard[], text: string): PositionedCard[] {
  const last = cards.at(-1);
  if (!last || last.type !== 'basic') return cards;
  const tail = last.back.split('\n').at(-1) ?? '';
  const endsText = text.trimEnd().endsWith(tail);
  return endsText && DANGLING_END.test(tail) ? cards.slice(0, -1) : cards;
}

/** Throws CardParseError when the text is over MAX_CARD_INPUT_CHARS; returns [] when it holds no cards. */
export function parseCards(raw: string): ParsedCard[] {
  assertInputSize(raw);
  const text = prepareText(raw);
  const json = extractJsonCards(text);
  const tabbed = extractTabCards(json.rest);
  // Offsets are unchanged from here on (one space per tab), so positions still sort across extractors.
  const table = extractTableCards(tabsToSpaces(tabbed.rest));
  const labeled = extractLabeledCards(table.rest);
  const separated = extractSeparatedCards(labeled.rest);
  const lines = extractLineCards(separated.rest);
  const ordered = [...json.cards, ...tabbed.cards, ...table.cards, ...labeled.cards, ...separated.cards, ...lines].sort(
    (a, b) => a.position - b.position,
  );
  return dedupeCards(dropCutOffLast(ordered, tabsToSpaces(text))).map(({ front, back, type }) => ({
    front,
    back,
    type,
  }));
}
