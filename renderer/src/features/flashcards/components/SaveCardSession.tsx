// One "save this answer as a card" session: looks up the question, shows the dialog, then the toast.
import { useEffect, useState } from 'react';
import type { Message } from '../../../../../preload/contract/schemas';
import { useReturnFocus } from '../../../components/a11y/useReturnFocus';
import { useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { useUndoToast } from '../hooks/useUndoToast';
import { draftFromAnswer, questionFor, type CardDraft } from '../state/cardDraft';
import { FloatingToast } from './FloatingToast';
import { SaveCardDialog } from './SaveCardDialog';

export interface SaveCardSessionProps {
  message: Message;
  content: string;
  onEnd: () => void;
}

export function SaveCardSession({ message, content, onEnd }: SaveCardSessionProps) {
  const api = useApi();
  const { t } = useTranslation('cards');
  const [draft, setDraft] = useState<CardDraft | null>(null);
  const [saved, setSaved] = useState(false);
  const { toast, show, dismiss } = useUndoToast();
  // Closing or saving returns focus to the "Save card" button that opened the dialog.
  const returnFocus = useReturnFocus();

  // The question is looked up on demand so chat rows need not carry it.
  useEffect(() => {
    let live = true;
    const fill = (question: string) => live && setDraft(draftFromAnswer(question, content, message.id));
    api.listMessages(message.conversationId).then(
      (messages) => fill(questionFor(messages, message.id)),
      () => fill(''), // an empty front is still editable; the dialog says it is missing
    );
    return () => {
      live = false;
    };
  }, [api, message.conversationId, message.id, content]);

  // The session ends once the toast is gone.
  useEffect(() => {
    if (saved && toast === null) onEnd();
  }, [saved, toast, onEnd]);

  return (
    <>
      {draft !== null && !saved && (
        <SaveCardDialog
          initial={draft}
          onClose={() => {
            returnFocus();
            onEnd();
          }}
          onSaved={(card, deckName) => {
            setSaved(true);
            returnFocus();
            show({
              message: t('notices.savedTo', { deck: deckName }),
              undo: async () => {
                await api.deleteCard(card.id);
              },
            });
          }}
        />
      )}
      <FloatingToast toast={toast} testId="card-saved-toast" onDismiss={dismiss} />
    </>
  );
}
