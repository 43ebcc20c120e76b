// The open conversation's adapter choice (on/off and scale): read from main and saved when changed.
// A new chat keeps it here (for every new chat, until changed) and sends it with its first question.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AdapterChoice } from '../../../../../preload/contract/schemas';
import type { MeaApi } from '../../../lib/api';
import { toUiError, type UiError } from '../../../lib/errors';

export interface AdapterChoiceState {
  choice: AdapterChoice;
  error: UiError | null;
  setEnabled(enabled: boolean): void;
  setScale(scale: number): void;
  /** Resolves once the latest change is saved, so the next question is answered with it. */
  flush(): Promise<void>;
}

/** A slider sends many values while dragged; only the last one is saved. */
const SCALE_SAVE_DELAY_MS = 250;

interface PendingSave {
  conversationId: number;
  choice: AdapterChoice;
  timer: ReturnType<typeof setTimeout>;
}

export function useAdapterChoice(
  api: MeaApi,
  conversationId: number | null,
  defaultChoice: AdapterChoice,
): AdapterChoiceState {
  // The new chat's choice (null = follow the default) and the open conversation's stored one.
  const [draft, setDraft] = useState<AdapterChoice | null>(null);
  const [stored, setStored] = useState<{ id: number; choice: AdapterChoice } | null>(null);
  const [failure, setFailure] = useState<{ id: number | null; error: UiError } | null>(null);
  const pending = useRef<PendingSave | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());

  const save = useCallback(
    (id: number, next: AdapterChoice) => {
      const done = api.setConversationAdapter(id, next).then(
        () => undefined,
        (err: unknown) => setFailure({ id, error: toUiError(err) }),
      );
      saving.current = saving.current.then(() => done);
      return done;
    },
    [api],
  );

  const flush = useCallback(async () => {
    const waiting = pending.current;
    if (waiting) {
      clearTimeout(waiting.timer);
      pending.current = null;
      await save(waiting.conversationId, waiting.choice);
    }
    await saving.current;
  }, [save]);

  // Another conversation: save what was pending for the previous one, then read its stored choice.
  useEffect(() => {
    if (conversationId === null) return;
    let current = true;
    void flush().then(() =>
      api.getConversation(conversationId).then(
        (conversation) => {
          if (current) {
            setStored({
              id: conversationId,
              choice: { enabled: conversation.adapterEnabled, scale: conversation.adapterScale },
            });
          }
        },
        (err: unknown) => current && setFailure({ id: conversationId, error: toUiError(err) }),
      ),
    );
    return () => {
      current = false;
    };
  }, [api, conversationId, flush]);

  // Until a conversation's stored choice has arrived, show the default rather than another's.
  const choice =
    conversationId === null ? (draft ?? defaultChoice) : stored?.id === conversationId ? stored.choice : defaultChoice;

  const change = useCallback(
    (next: AdapterChoice, delayMs: number) => {
      setFailure(null);
      if (conversationId === null) {
        setDraft(next); // sent with the first question instead
        return;
      }
      setStored({ id: conversationId, choice: next });
      if (pending.current) clearTimeout(pending.current.timer);
      const timer = setTimeout(() => void flush(), delayMs);
      pending.current = { conversationId, choice: next, timer };
    },
    [conversationId, flush],
  );

  const setEnabled = useCallback((enabled: boolean) => change({ ...choice, enabled }, 0), [change, choice]);
  const setScale = useCallback((scale: number) => change({ ...choice, scale }, SCALE_SAVE_DELAY_MS), [change, choice]);
  const error = failure !== null && failure.id === conversationId ? failure.error : null;

  return { choice, error, setEnabled, setScale, flush };
}
