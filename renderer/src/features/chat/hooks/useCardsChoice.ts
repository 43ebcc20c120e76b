// The open conversation's "Use my cards" choice: read from main, shown at once when changed and saved
// behind it (put back, with the error, if saving fails). A new chat keeps it here (for every new chat,
// until changed) and sends it with its first question.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeaApi } from '../../../lib/api';
import { toUiError, type UiError } from '../../../lib/errors';

export interface CardsChoiceState {
  useCards: boolean;
  /** False until the open conversation's stored choice has arrived (the switch waits for it). */
  ready: boolean;
  error: UiError | null;
  setUseCards(useCards: boolean): void;
  /** Resolves once the latest change is saved, so the next question is answered with it. */
  flush(): Promise<void>;
}

/** Main's default for a new conversation: answers use the student's cards. */
export const DEFAULT_USE_CARDS = true;

export function useCardsChoice(api: MeaApi, conversationId: number | null): CardsChoiceState {
  const [draft, setDraft] = useState(DEFAULT_USE_CARDS);
  const [stored, setStored] = useState<{ id: number; useCards: boolean } | null>(null);
  const [failure, setFailure] = useState<{ id: number | null; error: UiError } | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());
  // Only the latest change's outcome is shown: an earlier save answering late must not flip the switch.
  const latestChange = useRef(0);

  useEffect(() => {
    if (conversationId === null) return;
    let current = true;
    // Wait for a save still under way, so its result is what is read back.
    void saving.current.then(() =>
      api.getConversation(conversationId).then(
        (conversation) => current && setStored({ id: conversationId, useCards: conversation.useCards }),
        (err: unknown) => current && setFailure({ id: conversationId, error: toUiError(err) }),
      ),
    );
    return () => {
      current = false;
    };
  }, [api, conversationId]);

  const ready = conversationId === null || stored?.id === conversationId;
  const useCards = conversationId === null ? draft : stored?.id === conversationId ? stored.useCards : draft;

  const setUseCards = useCallback(
    (next: boolean) => {
      setFailure(null);
      if (conversationId === null) {
        setDraft(next); // sent with the first question instead
        return;
      }
      const id = conversationId;
      const change = ++latestChange.current;
      const show = (useCards: boolean) =>
        change === latestChange.current && setStored((shown) => (shown?.id === id ? { id, useCards } : shown));
      setStored({ id, useCards: next });
      const done = api.setConversationUseCards(id, next).then(
        (conversation) => void show(conversation.useCards),
        (err: unknown) => {
          show(!next);
          setFailure({ id, error: toUiError(err) });
        },
      );
      saving.current = saving.current.then(() => done);
    },
    [api, conversationId],
  );

  const flush = useCallback(() => saving.current, []);
  const error = failure !== null && failure.id === conversationId ? failure.error : null;

  return { useCards, ready, error, setUseCards, flush };
}
