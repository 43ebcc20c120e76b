// Sidebar data: the (searchable) conversation list, inline rename, and delete with undo.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConversationSummary } from '../../../../../preload/contract/schemas';
import { useAnnounce } from '../../../components/a11y/Announcer';
import { useTranslation } from '../../../i18n';
import type { MeaApi } from '../../../lib/api';
import { toUiError, type UiError } from '../../../lib/errors';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { applyConversation, normalizeTitle, removeConversation, sortByRecent } from '../state/conversationList';

/** How long the "Undo" toast stays after a delete. */
export const UNDO_WINDOW_MS = 8000;
const SEARCH_DEBOUNCE_MS = 250;

export interface PendingUndo {
  id: number;
  title: string;
}

export interface ConversationsController {
  items: readonly ConversationSummary[];
  query: string;
  /** The query the current items were fetched for (lags `query` by the debounce). */
  activeQuery: string;
  setQuery(query: string): void;
  loading: boolean;
  error: UiError | null;
  refresh(): void;
  rename(id: number, title: string): Promise<void>;
  remove(id: number): Promise<boolean>;
  pendingUndo: PendingUndo | null;
  /** Restores the last deleted conversation; resolves to its id, or null on failure. */
  undo(): Promise<number | null>;
  dismissUndo(): void;
}

export function useConversations(api: MeaApi): ConversationsController {
  const announce = useAnnounce();
  const { t } = useTranslation('chat');
  const [items, setItems] = useState<readonly ConversationSummary[]>([]);
  const [query, setQuery] = useState('');
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<UiError | null>(null);
  const [pendingUndo, setPendingUndo] = useState<PendingUndo | null>(null);
  const [reloadToken, setReloadToken] = useState(0);
  const debouncedQuery = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const itemsRef = useRef(items);
  useEffect(() => {
    itemsRef.current = items;
  });

  useEffect(() => {
    let current = true; // a newer search or refresh supersedes this one
    api.listConversations(debouncedQuery === '' ? undefined : debouncedQuery).then(
      (list) => {
        if (!current) return;
        setItems(sortByRecent(list));
        setLoading(false);
        setError(null);
      },
      (err: unknown) => {
        if (!current) return;
        setLoading(false);
        setError(toUiError(err));
      },
    );
    return () => {
      current = false;
    };
  }, [api, debouncedQuery, reloadToken]);

  useEffect(() => {
    if (pendingUndo === null) return;
    const timer = setTimeout(() => setPendingUndo(null), UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [pendingUndo]);

  const refresh = useCallback(() => setReloadToken((n) => n + 1), []);

  const rename = useCallback(
    async (id: number, input: string) => {
      const existing = itemsRef.current.find((item) => item.id === id);
      const title = normalizeTitle(input, existing?.title ?? '');
      if (title === null) return;
      try {
        const updated = await api.renameConversation(id, title);
        setItems((list) => applyConversation(list, updated));
        setError(null);
      } catch (err) {
        setError(toUiError(err));
      }
    },
    [api],
  );

  const remove = useCallback(
    async (id: number) => {
      const existing = itemsRef.current.find((item) => item.id === id);
      setItems((list) => removeConversation(list, id)); // disappears at once; undo brings it back
      try {
        await api.deleteConversation(id);
        setPendingUndo({ id, title: existing?.title ?? t('sidebar.deletedFallbackTitle') });
        setError(null);
        announce(t('announce.conversationDeleted'));
        return true;
      } catch (err) {
        setError(toUiError(err));
        refresh();
        return false;
      }
    },
    [api, refresh, announce, t],
  );

  const undo = useCallback(async () => {
    if (pendingUndo === null) return null;
    setPendingUndo(null);
    try {
      const restored = await api.restoreConversation(pendingUndo.id);
      refresh();
      announce(t('announce.conversationRestored'));
      return restored.id;
    } catch (err) {
      setError(toUiError(err));
      return null;
    }
  }, [api, pendingUndo, refresh, announce, t]);

  const dismissUndo = useCallback(() => setPendingUndo(null), []);

  return {
    items,
    query,
    activeQuery: debouncedQuery,
    setQuery,
    loading,
    error,
    refresh,
    rename,
    remove,
    pendingUndo,
    undo,
    dismissUndo,
  };
}
