// Duplicate removal: within one parse, and against the fronts a deck already holds.
import { cardKey } from './text';
import type { ParsedCard } from './types';

/** Keeps the first card of each front (case- and whitespace-insensitive). */
export function dedupeCards<T extends ParsedCard>(cards: readonly T[]): T[] {
  return dedupeAgainst(cards, []);
}

/** Drops cards whose front is already in `existingFronts` (or earlier in `cards`). */
export function dedupeAgainst<T extends ParsedCard>(cards: readonly T[], existingFronts: Iterable<string>): T[] {
  const seen = new Set<string>();
  for (const front of existingFronts) seen.add(cardKey(front));
  const kept: T[] = [];
  for (const card of cards) {
    const key = cardKey(card.front);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(card);
  }
  return kept;
}
