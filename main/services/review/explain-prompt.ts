// The chat question a review "Explain" button asks about a card.
import type { Card } from '../flashcards';

/** Longest card side quoted, so the question stays within the chat's message limit. */
const SIDE_MAX_CHARS = 2000;

function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > SIDE_MAX_CHARS ? `${trimmed.slice(0, SIDE_MAX_CHARS)}…` : trimmed;
}

export function explainPrompt(card: Pick<Card, 'front' | 'back'>): string {
  return `Explain why the answer to '${clip(card.front)}' is '${clip(card.back)}'.`;
}
