// How an answer's citations read: chip labels, what became of each card, and the "not in your cards" line.
import type { Citation } from '../../../../../preload/contract/schemas';

/** A chip names its card by the front's start; the whole front and back are in its detail. */
export const CHIP_FRONT_CHARS = 60;

export const UNGROUNDED_NOTE = 'Not in your cards — this answer comes from the model alone.';

/** What the chip says about a card that is no longer as the answer saw it; null when unchanged. */
export const CITATION_STATUS_LABELS: Record<Citation['status'], string | null> = {
  current: null,
  changed: 'edited since',
  deleted: 'deleted',
};

/** The front on one line, cut at a word boundary when long so a chip stays one line. */
export function shortenFront(front: string, max = CHIP_FRONT_CHARS): string {
  const flat = front.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  // A very long first word is cut where it is rather than leaving almost nothing.
  const head = lastSpace >= max / 2 ? cut.slice(0, lastSpace) : cut;
  return `${head.replace(/[\s,;:.-]+$/, '')}…`;
}

/** "[1] Cardiology — What is the first-line drug for…" */
export function citationChipLabel(citation: Citation): string {
  return `[${citation.number}] ${citation.deckName} — ${shortenFront(citation.front)}`;
}

/** The card as the answer was given it (a tooltip; for a deleted card it is all that is left). */
export function citationCopy(citation: Citation): string {
  return `Front: ${citation.front}\nBack: ${citation.back}`;
}

/** Chips in citation order, whatever order they arrive in. */
export function orderedCitations(citations: readonly Citation[]): Citation[] {
  return [...citations].sort((a, b) => a.number - b.number);
}
