// Review channels → ReviewService (and ChatService for "Explain").
import type { reviewInvokeChannels } from '../../../../preload/contract/features/review';
import type { ChatService } from '../../chat/chat-service';
import { explainPrompt, type ReviewService } from '../../review';
import type { FeatureHandlers } from './types';

export function reviewHandlers(review: ReviewService, chat: ChatService): FeatureHandlers<typeof reviewInvokeChannels> {
  return {
    'review:queue': ({ deckId, limit }) => review.queue(deckId, limit),
    'review:preview': ({ cardId }) => review.preview(cardId),
    'review:rate': ({ cardId, rating, durationMs, deckId }) => review.rate(cardId, rating, { durationMs, deckId }),
    'review:undo': () => ({ card: review.undo() }),
    'review:stats': ({ days, deckId }) => review.stats(days, deckId ?? null),
    'review:getSettings': () => review.getSettings(),
    'review:setSettings': (patch) => review.setSettings(patch),
    // A plain new chat question, so the answer streams, is saved and can be followed up like any other.
    // The question is built from the student's own study card, not typed, so the scope guard is skipped
    // for it (follow-ups typed in that chat are checked as usual).
    'review:explain': ({ cardId }) => {
      const started = chat.send(
        { conversationId: null, text: explainPrompt(review.card(cardId)) },
        { skipScopeGuard: true },
      );
      if (started.outcome !== 'answering') throw new Error('Explain questions are never declined');
      return {
        requestId: started.requestId,
        conversationId: started.conversation.id,
        messageId: started.userMessage.id,
      };
    },
  };
}
