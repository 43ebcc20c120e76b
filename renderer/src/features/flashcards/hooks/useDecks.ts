// Deck list with counts, and the deck actions (create, rename, delete with restore).
import { useCallback, useEffect, useState } from 'react';
import type { DeckSummary } from '../../../../../preload/contract/features/flashcards';
import type { MeaApi } from '../../../lib/api';
import { toUiError } from '../../../lib/errors';

export function useDecks(api: MeaApi) {
  const [decks, setDecks] = useState<DeckSummary[]>([]);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setDecks(await api.listDecks());
      setError(null);
    } catch (caught) {
      setError(toUiError(caught).message);
    }
  }, [api]);

  useEffect(() => {
    let live = true;
    api.listDecks().then(
      (list) => live && setDecks(list),
      (caught: unknown) => live && setError(toUiError(caught).message),
    );
    return () => {
      live = false;
    };
  }, [api]);

  /** Runs an action, refreshes the counts, and reports a failure instead of throwing. */
  const run = useCallback(
    async <T>(action: () => Promise<T>): Promise<T | null> => {
      try {
        const result = await action();
        await refresh();
        return result;
      } catch (caught) {
        setError(toUiError(caught).message);
        return null;
      }
    },
    [refresh],
  );

  return {
    decks,
    error,
    clearError: useCallback(() => setError(null), []),
    refresh,
    create: useCallback((name: string) => run(() => api.createDeck(name)), [api, run]),
    rename: useCallback((id: number, name: string) => run(() => api.renameDeck(id, name)), [api, run]),
    remove: useCallback((id: number) => run(() => api.deleteDeck(id)), [api, run]),
    restore: useCallback((id: number) => run(() => api.restoreDeck(id)), [api, run]),
  };
}
