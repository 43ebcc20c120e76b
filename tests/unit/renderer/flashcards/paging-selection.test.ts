// Paging window math for the virtual card list, and multi-select (click, toggle, range).
import { describe, expect, it } from 'vitest';
import type { FlashCard } from '../../../../preload/contract/features/flashcards';
import {
  cardAt,
  pageRequest,
  pagesForRange,
  prunePages,
} from '../../../../renderer/src/features/flashcards/state/paging';
import { clickSelect, emptySelection, withoutIds } from '../../../../renderer/src/features/flashcards/state/selection';

const plain = { toggle: false, range: false };

describe('card paging', () => {
  it('maps a visible window to the pages that hold it, clamped to the list', () => {
    expect(pagesForRange(0, 30, 50_000)).toEqual([0]);
    expect(pagesForRange(190, 215, 50_000)).toEqual([0, 1]);
    expect(pagesForRange(49_990, 50_020, 50_000)).toEqual([249]);
    expect(pagesForRange(0, 10, 0)).toEqual([]);
    expect(pagesForRange(5, 4, 100)).toEqual([]);
  });

  it('asks for a short last page and finds rows inside loaded pages', () => {
    expect(pageRequest(0, 50_000)).toEqual({ offset: 0, limit: 200 });
    expect(pageRequest(249, 49_950)).toEqual({ offset: 49_800, limit: 150 });
    const card = (id: number) => ({ id }) as FlashCard;
    const pages = new Map([[1, [card(201), card(202)]]]);
    expect(cardAt(pages, 201)?.id).toBe(202);
    expect(cardAt(pages, 0)).toBeNull();
  });

  it('forgets pages far from the visible ones', () => {
    const pages = new Map([0, 1, 2, 10, 11, 50].map((p) => [p, p]));
    expect([...prunePages(pages, [10, 11]).keys()]).toEqual([10, 11]);
    expect([...prunePages(pages, [1]).keys()]).toEqual([0, 1, 2]);
  });
});

describe('card selection', () => {
  const idAt = (row: number) => (row === 3 ? null : row + 100);

  it('a plain click selects one card, a toggle click adds or removes it', () => {
    let selection = clickSelect(emptySelection, 2, 102, plain, idAt);
    expect([...selection.ids]).toEqual([102]);
    selection = clickSelect(selection, 5, 105, { toggle: true, range: false }, idAt);
    expect([...selection.ids].sort()).toEqual([102, 105]);
    selection = clickSelect(selection, 2, 102, { toggle: true, range: false }, idAt);
    expect([...selection.ids]).toEqual([105]);
    expect([...clickSelect(selection, 0, 100, plain, idAt).ids]).toEqual([100]);
  });

  it('a shift click selects the range from the anchor, skipping rows not loaded', () => {
    const anchored = clickSelect(emptySelection, 6, 106, plain, idAt);
    const range = clickSelect(anchored, 1, 101, { toggle: false, range: true }, idAt);
    expect([...range.ids].sort()).toEqual([101, 102, 104, 105, 106]);
    expect(withoutIds(range, [101, 102, 104, 105, 106])).toEqual({ ids: new Set(), anchor: null });
  });
});
