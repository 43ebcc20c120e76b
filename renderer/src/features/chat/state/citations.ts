// How an answer's citations read: chip labels, what became of each card or earlier answer, where a
// chip leads, and the "not in your cards" line. Text comes from the chat catalog through the caller's t.
import type { Citation } from '../../../../../preload/contract/schemas';
import type { TFunction } from '../../../i18n';

type ChatT = TFunction<'chat'>;

/** A chip names its card by the front's start (an earlier answer by its question's); the rest is in its detail. */
export const CHIP_FRONT_CHARS = 60;

/** What a chip opens: a card in Cards, or an earlier answer in its chat. */
export type CitationTarget =
  { kind: 'card'; cardId: number } | { kind: 'answer'; conversationId: number; messageId: number };

/** What the chip says about a source that is no longer as the answer saw it; null when unchanged. */
export function citationStatusLabel(status: Citation['status'], t: ChatT): string | null {
  if (status === 'changed') return t('citations.status.changed');
  if (status === 'deleted') return t('citations.status.deleted');
  return null;
}

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

/** "[1] Cardiology — What is the first-line drug for…"; "[3] Earlier answer — What causes gout?" */
export function citationChipLabel(citation: Citation, t: ChatT): string {
  if (citation.kind === 'answer') {
    return t('citations.chipAnswer', { number: citation.number, question: shortenFront(citation.question) });
  }
  return t('citations.chipCard', {
    number: citation.number,
    deck: citation.deckName,
    front: shortenFront(citation.front),
  });
}

/** What the answer was given (a tooltip; for a deleted source it is all that is left). */
export function citationCopy(citation: Citation, t: ChatT): string {
  if (citation.kind === 'answer') {
    return t('citations.copyAnswer', {
      title: citation.conversationTitle,
      question: citation.question,
      answer: citation.answer,
    });
  }
  return t('citations.copyCard', { front: citation.front, back: citation.back });
}

/** The two sides the copy shows when the source is gone. */
export function citationSides(citation: Citation, t: ChatT): { label: string; text: string }[] {
  if (citation.kind === 'answer') {
    return [
      { label: t('citations.sides.question'), text: citation.question },
      { label: t('citations.sides.answer'), text: citation.answer },
    ];
  }
  return [
    { label: t('citations.sides.front'), text: citation.front },
    { label: t('citations.sides.back'), text: citation.back },
  ];
}

/** Where the chip leads; null when there is nothing to open (deleted). */
export function citationTarget(citation: Citation): CitationTarget | null {
  if (citation.status === 'deleted') return null;
  if (citation.kind === 'card') return { kind: 'card', cardId: citation.cardId };
  if (citation.conversationId === null) return null;
  return { kind: 'answer', conversationId: citation.conversationId, messageId: citation.messageId };
}

/** Chips in citation order, whatever order they arrive in. */
export function orderedCitations(citations: readonly Citation[]): Citation[] {
  return [...citations].sort((a, b) => a.number - b.number);
}
