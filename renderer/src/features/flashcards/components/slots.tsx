// Mount points for other flashcard features (Make cards, import/export): add one line per button here.
import type { ReactNode } from 'react';
import type { DeckSummary } from '../../../../../preload/contract/features/flashcards';
import type { Message } from '../../../../../preload/contract/schemas';
import { TransferActions } from '../interchange/components/TransferActions';
import { MakeCardsButton } from '../make-cards/components/MakeCardsButton';

export interface AnswerCardActionsProps {
  /** The finished assistant answer. */
  message: Message;
  /** Its text as shown (markdown). */
  content: string;
}

/** Extra buttons in an answer's footer, next to "Save card" (e.g. "Make cards" from make-cards/). */
export function AnswerCardActions(props: AnswerCardActionsProps): ReactNode {
  return <MakeCardsButton answerMessageId={props.message.id} disabled={props.content === ''} />;
}

export interface DeckToolbarActionsProps {
  /** The deck open in the Cards view, or null when none is selected. */
  deck: DeckSummary | null;
  /** Call after changing cards or decks so counts and the list reload. */
  onChanged: () => void;
}

/** Extra buttons in the deck toolbar (e.g. Import/Export from interchange/, "Make cards" on a topic). */
export function DeckToolbarActions(props: DeckToolbarActionsProps): ReactNode {
  return (
    <>
      <MakeCardsButton deckId={props.deck?.id ?? null} onSaved={props.onChanged} />
      <TransferActions deck={props.deck} onChanged={props.onChanged} />
    </>
  );
}
