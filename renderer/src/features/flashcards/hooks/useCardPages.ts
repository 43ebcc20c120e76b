// Pages of one deck's cards (optionally filtered) fetched on demand as the virtual list scrolls.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FlashCard } from '../../../../../preload/contract/features/flashcards';
import type { MeaApi } from '../../../lib/api';
import { toUiError } from '../../../lib/errors';
import { CARD_PAGE_SIZE, pageRequest, pagesForRange, prunePages } from '../state/paging';

interface PagesState {
  key: string;
  total: number;
  pages: Map<number, FlashCard[]>;
}

/** `version` bumps force a reload (after an edit, move, delete…). */
export function useCardPages(api: MeaApi, deckId: number | null, query: string, version: number) {
  const key = `${deckId ?? 'none'}|${query}|${version}`;
  const [state, setState] = useState<PagesState>({ key: '', total: 0, pages: new Map() });
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(new Set<string>());
  const trimmed = query.trim();

  /** Fetches one page; the answer lands only if the deck/query is still the same (key). */
  const loadPage = useCallback(
    (page: number, total: number | null): Promise<void> => {
      const flightKey = `${key}#${page}`;
      if (deckId === null || inFlight.current.has(flightKey)) return Promise.resolve();
      inFlight.current.add(flightKey);
      const { offset, limit } = total === null ? { offset: 0, limit: CARD_PAGE_SIZE } : pageRequest(page, total);
      return api
        .listCards({ deckId, offset, limit, ...(trimmed === '' ? {} : { query: trimmed }) })
        .then(
          (result) => {
            setState((current) => {
              const pages = new Map(current.key === key ? current.pages : []);
              pages.set(page, result.cards);
              return { key, total: result.total, pages };
            });
            setError(null);
          },
          (caught: unknown) => setError(toUiError(caught).message),
        )
        .finally(() => inFlight.current.delete(flightKey));
    },
    [api, deckId, trimmed, key],
  );

  useEffect(() => {
    void loadPage(0, null);
  }, [loadPage]);

  const current = state.key === key ? state : { key, total: 0, pages: new Map<number, FlashCard[]>() };

  /** Called with the visible rows: loads missing pages and forgets far ones. */
  const ensureRange = useCallback(
    (start: number, end: number) => {
      if (state.key !== key) return;
      const needed = pagesForRange(start, end, state.total);
      for (const page of needed) if (!state.pages.has(page)) void loadPage(page, state.total);
      if (state.pages.size > needed.length + 4) {
        setState((s) => (s.key === key ? { ...s, pages: prunePages(s.pages, needed) } : s));
      }
    },
    [state, key, loadPage],
  );

  return { total: current.total, pages: current.pages, loaded: state.key === key, ensureRange, error };
}
