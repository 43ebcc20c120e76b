// "Make cards" button: from an answer (in its footer) or from a topic (in the deck toolbar).
import { useState } from 'react';
import { useAnnounce } from '../../../../components/a11y/Announcer';
import { Button } from '../../../../components/ui/Button';
import { useTranslation } from '../../../../i18n';
import { MakeCardsDialog } from './MakeCardsDialog';

export interface MakeCardsButtonProps {
  answerMessageId?: number;
  deckId?: number | null;
  disabled?: boolean;
  /** After cards were saved (e.g. to reload the deck). */
  onSaved?: (created: number, deckName: string) => void;
}

export function MakeCardsButton({ answerMessageId, deckId, disabled, onSaved }: MakeCardsButtonProps) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const announce = useAnnounce();
  const { t } = useTranslation('cards');
  return (
    <>
      <Button size="sm" variant="ghost" data-testid="make-cards" disabled={disabled} onClick={() => setOpen(true)}>
        {t('makeCards.button')}
      </Button>
      {notice !== null && (
        <span role="status" data-testid="make-cards-notice" className="text-xs text-slate-600 dark:text-slate-300">
          {notice}
        </span>
      )}
      {open && (
        <MakeCardsDialog
          answerMessageId={answerMessageId}
          deckId={deckId}
          onClose={() => setOpen(false)}
          onSaved={(created, deckName) => {
            setOpen(false);
            const saved = t('makeCards.saved', { count: created, deck: deckName });
            setNotice(saved);
            announce(saved);
            onSaved?.(created, deckName);
          }}
        />
      )}
    </>
  );
}
