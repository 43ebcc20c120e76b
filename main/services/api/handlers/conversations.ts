// Conversation and message channels → repositories.
import { ApiError } from '../../../../preload/contract/envelope';
import type { conversationInvokeChannels } from '../../../../preload/contract/features/conversations';
import type { ConversationRepository, MessageRepository } from '../../store';
import type { FeatureHandlers } from './types';

export function conversationHandlers(
  conversations: ConversationRepository,
  messages: MessageRepository,
  /** Deletes what else is kept for a deleted conversation (its saved evaluation state). */
  onDeleted: (id: number) => Promise<void> | undefined = () => undefined,
): FeatureHandlers<typeof conversationInvokeChannels> {
  const requireConversation = (id: number) => {
    const conversation = conversations.get(id);
    if (!conversation) throw new ApiError('not_found', `Conversation ${id} does not exist.`);
    return conversation;
  };
  return {
    'conversations:list': ({ query }) => conversations.list({ query }),
    'conversations:create': ({ title }) => conversations.create(title?.trim() || 'New conversation'),
    'conversations:rename': ({ id, title }) => (requireConversation(id), conversations.rename(id, title)),
    'conversations:get': ({ id }) => requireConversation(id),
    'conversations:setAdapter': ({ id, adapter }) => (requireConversation(id), conversations.setAdapter(id, adapter)),
    'conversations:setUseCards': ({ id, useCards }) => (
      requireConversation(id),
      conversations.setUseCards(id, useCards)
    ),
    'conversations:delete': ({ id }) => {
      requireConversation(id);
      conversations.softDelete(id);
      // Undo brings the messages back, not the state: the next answer evaluates the history again.
      void onDeleted(id)?.catch(() => {});
      return { id };
    },
    'conversations:restore': ({ id }) => conversations.restore(id),
    'messages:list': ({ conversationId }) => (
      requireConversation(conversationId),
      messages.listForConversation(conversationId)
    ),
  };
}
