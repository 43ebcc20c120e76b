// Reads cards out of a model answer: strict JSON under the schema first, then the tolerant parser.
import { z } from 'zod';
import { dedupeCards, looksLikeCloze, parseCards, type ParsedCard } from '../parse';

const grammarCardsSchema = z.array(z.object({ front: z.string(), back: z.string() }));

/** Cards from a grammar-constrained answer, or null when the text is not a complete schema-valid array. */
export function readGrammarCards(text: string): ParsedCard[] | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null; // e.g. cut off by maxTokens
  }
  const parsed = grammarCardsSchema.safeParse(value);
  if (!parsed.success) return null;
  return cleanCards(parsed.data.map((card) => ({ ...card, type: 'basic' as const })));
}

/** Cards from free-form text (Q:/A:, numbered lists, loose JSON, cloze…); [] when it holds none. */
export function readFreeCards(text: string): ParsedCard[] {
  return cleanCards(parseCards(text));
}

/** Trims, drops cards with an empty side, types cloze text as cloze and removes repeated fronts. */
function cleanCards(cards: readonly ParsedCard[]): ParsedCard[] {
  const kept: ParsedCard[] = [];
  for (const card of cards) {
    const front = card.front.trim();
    const back = card.back.trim();
    const type = looksLikeCloze(front) ? 'cloze' : card.type;
    // The store needs both sides, cloze included (its back is the "extra" text).
    if (front === '' || back === '') continue;
    kept.push({ front, back, type });
  }
  return dedupeCards(kept);
}
