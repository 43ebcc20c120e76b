// Chat channels → ChatService.
import type { chatInvokeChannels } from '../../../../preload/contract/features/chat';
import type { ChatService } from '../../chat/chat-service';
import type { FeatureHandlers } from './types';

export function chatHandlers(chat: ChatService): FeatureHandlers<typeof chatInvokeChannels> {
  return {
    'chat:send': (request) => chat.send(request),
    'chat:regenerate': ({ conversationId }) => chat.regenerate(conversationId),
    'chat:stop': ({ requestId }) => chat.stop(requestId),
  };
}
