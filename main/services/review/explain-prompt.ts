// The chat question a review "Explain" button asks about a card.
import { cardSideSummary } from '../../../preload/contract/card-html';
import type { Card } from '../flashcards';

/** Longest card side quoted, so the question stays within the chat's message limit. */
const SIDE_MAX_CHARS = 2000;

function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > SIDE_MAX_CHARS ? `${trimmed.slice(0, SIDE_MAX_CHARS)}…` : trimmed;
}

/**
 * The words of each side, never markup: an imported (HTML) card is read as text, and its answer side,
 * which repeats the question as Anki renders it, is quoted without that repeat.
 */
function sidesOf(card: Pick<Card, 'front' | 'back' | 'format'>): { front: string; back: string } {
  if (card.format === 'text') return { front: card.front, back: card.back };
  const front = cardSideSummary('html', card.front).text;
  const back = cardSideSummary('html', card.back).text;
  return { front, back: back.startsWith(front) ? back.slice(front.length) : back };
}

export function explainPrompt(card: Pick<Card, 'front' | 'back' | 'format'>): string {
  const { front, back } = sidesOf(card);
  return `Explain why the answer to '${clip(front)}' is '${clip(back)}'.`;
}
