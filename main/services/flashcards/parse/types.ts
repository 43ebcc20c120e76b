// The shape of a card recovered from free-form text (model output, pasted notes).
export type ParsedCardType = 'basic' | 'cloze';

export interface ParsedCard {
  /** The question, or for a cloze card the text holding the {{c1::…}} deletions. */
  front: string;
  /** The answer, or for a cloze card the extra text shown on the back (may be empty). */
  back: string;
  type: ParsedCardType;
}

/** A card plus where it started in the input, so cards from different extractors keep text order. */
export interface PositionedCard extends ParsedCard {
  position: number;
}
