// "Save card" under an answer: the button mounts a save session (dialog, then "Saved to …" toast with Undo).
import { useState } from 'react';
import type { Message } from '../../../../../preload/contract/schemas';
import { Button } from '../../../components/ui/Button';
import { BookIcon } from '../../../components/ui/icons';
import { useTranslation } from '../../../i18n';
import { SaveCardSession } from './SaveCardSession';

export interface SaveCardButtonProps {
  message: Message;
  content: string;
}

export function SaveCardButton({ message, content }: SaveCardButtonProps) {
  // Bumped per click so a second click starts a fresh session (new draft, new toast).
  const [session, setSession] = useState(0);
  const { t } = useTranslation('cards');
  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        data-testid="save-card"
        onClick={() => setSession((n) => n + 1)}
        disabled={content === ''}
      >
        <BookIcon />
        {t('saveCard.button')}
      </Button>
      {session > 0 && <SaveCardSession key={session} message={message} content={content} onEnd={() => setSession(0)} />}
    </>
  );
}
