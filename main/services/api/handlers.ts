// Maps each invoke channel to a service call. No logic lives here beyond picking the service.
import { ApiError } from '../../../preload/contract/envelope';
import type { ChatService } from '../chat/chat-service';
import type { ModelService } from '../model/model-service';
import type { SettingsService } from '../settings/settings-service';
import type { ConversationRepository, MessageRepository } from '../store';
import type { InvokeHandlers } from './dispatcher';

export interface HandlerServices {
  conversations: ConversationRepository;
  messages: MessageRepository;
  chat: ChatService;
  model: ModelService;
  settings: SettingsService;
  /** Native file picker in the app; tests pass their own. */
  pickFile(kind: 'model' | 'lora'): Promise<string | null>;
  appInfo: { version: string; dataDir: string; platform: string };
}

export function createInvokeHandlers(s: HandlerServices): InvokeHandlers {
  const requireConversation = (id: number) => {
    const conversation = s.conversations.get(id);
    if (!conversation) throw new ApiError('not_found', `Conversation ${id} does not exist.`);
    return conversation;
  };
  return {
    'conversations:list': ({ query }) => s.conversations.list({ query }),
    'conversations:create': ({ title }) => s.conversations.create(title?.trim() || 'New conversation'),
    'conversations:rename': ({ id, title }) => (requireConversation(id), s.conversations.rename(id, title)),
    'conversations:delete': ({ id }) => (requireConversation(id), s.conversations.softDelete(id), { id }),
    'conversations:restore': ({ id }) => s.conversations.restore(id),
    'messages:list': ({ conversationId }) => (
      requireConversation(conversationId),
      s.messages.listForConversation(conversationId)
    ),
    'chat:send': (request) => s.chat.send(request),
    'chat:regenerate': ({ conversationId }) => s.chat.regenerate(conversationId),
    'chat:stop': ({ requestId }) => s.chat.stop(requestId),
    'model:getStatus': () => s.model.getStatus(),
    'model:load': () => s.model.load(),
    'settings:get': () => s.settings.get(),
    'settings:update': (patch) => {
      const settings = s.settings.update(patch);
      s.model.refreshProfile();
      return settings;
    },
    'dialog:pickFile': async ({ kind }) => ({ path: await s.pickFile(kind) }),
    'app:getInfo': () => s.appInfo,
  };
}
