// Pure paging math for the virtualized card list: which pages a visible window needs, and a page cache.
import type { FlashCard } from '../../../../../preload/contract/features/flashcards';

/** Cards per cards:list call: small enough to answer fast, big enough that a fling needs few calls. */
export const CARD_PAGE_SIZE = 200;

/** Page numbers that hold rows [start, end] (inclusive), clamped to the list. */
export function pagesForRange(start: number, end: number, total: number, pageSize = CARD_PAGE_SIZE): number[] {
  if (total <= 0 || end < start) return [];
  const first = Math.max(0, Math.floor(Math.max(0, start) / pageSize));
  const last = Math.floor(Math.min(total - 1, end) / pageSize);
  const pages: number[] = [];
  for (let page = first; page <= last; page += 1) pages.push(page);
  return pages;
}

/** The cards:list offset/limit of a page. */
export function pageRequest(page: number, total: number, pageSize = CARD_PAGE_SIZE): { offset: number; limit: number } {
  const offset = page * pageSize;
  return { offset, limit: Math.max(1, Math.min(pageSize, total - offset)) };
}

/** The card at a row, or null while its page is not loaded. */
export function cardAt(pages: ReadonlyMap<number, readonly FlashCard[]>, index: number, pageSize = CARD_PAGE_SIZE) {
  return pages.get(Math.floor(index / pageSize))?.[index % pageSize] ?? null;
}

/** Drops pages far from the visible ones so 50,000 cards never sit in memory at once. */
export function prunePages<T>(pages: ReadonlyMap<number, T>, keep: readonly number[], margin = 2): Map<number, T> {
  if (keep.length === 0) return new Map(pages);
  const low = Math.min(...keep) - margin;
  const high = Math.max(...keep) + margin;
  return new Map([...pages].filter(([page]) => page >= low && page <= high));
}
