// Debounced search over cards (cards:search) or chat history (history:search).
import { useEffect, useState } from 'react';
import type { MeaApi } from '../../../lib/api';
import { toUiError } from '../../../lib/errors';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import type { SearchHits } from '../components/SearchResults';

const SEARCH_DEBOUNCE_MS = 150;
const SEARCH_LIMIT = 50;

/** null results = no search running (blank query). */
export function useFlashcardSearch(api: MeaApi, query: string, chats: boolean, version: number) {
  const debounced = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const [results, setResults] = useState<SearchHits | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (debounced === '') return;
    let live = true;
    const search: Promise<SearchHits> = chats
      ? api.searchHistory(debounced, SEARCH_LIMIT).then((hits) => ({ kind: 'chats', hits }))
      : api.searchCards({ query: debounced, limit: SEARCH_LIMIT }).then((hits) => ({ kind: 'cards', hits }));
    search.then(
      (found) => {
        if (!live) return;
        setResults(found);
        setError(null);
      },
      (caught: unknown) => live && setError(toUiError(caught).message),
    );
    return () => {
      live = false;
    };
  }, [api, debounced, chats, version]);

  return { results: query.trim() === '' || debounced === '' ? null : results, error };
}
