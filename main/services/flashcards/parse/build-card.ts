// Turns an extracted front/back pair into a ParsedCard, or null when it is not a complete, valid card.
import { checkCloze, looksLikeCloze } from './cloze';
import { normalizeCardText } from './text';
import type { PositionedCard } from './types';

/** Longest front or back kept; anything longer is a run-on of the model, not a card. */
const MAX_SIDE_CHARS = 4000;

export function buildCard(rawFront: string, rawBack: string | null, position: number): PositionedCard | null {
  const front = normalizeCardText(rawFront);
  const back = rawBack === null ? '' : normalizeCardText(rawBack);
  if (front === '' || front.length > MAX_SIDE_CHARS || back.length > MAX_SIDE_CHARS) return null;
  if (looksLikeCloze(front)) {
    // A malformed cloze would show broken braces in review (or fail in Anki), so it is dropped.
    const cloze = checkCloze(front);
    return cloze.ok ? { front: cloze.text, back, type: 'cloze', position } : null;
  }
  // A basic card needs an answer: a question with none is a truncated card, never filled in.
  if (rawBack === null || back === '') return null;
  return { front, back, type: 'basic', position };
}
