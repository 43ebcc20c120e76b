// Maps every invoke channel to a service call, feature by feature (handlers/). No logic lives here.
import type { ChatService } from '../chat/chat-service';
import type { ModelService } from '../model/model-service';
import type { SettingsService } from '../settings/settings-service';
import type { ConversationRepository, MessageRepository } from '../store';
import type { InvokeHandlers } from './dispatcher';
import { appHandlers, type AppInfo } from './handlers/app';
import { chatHandlers } from './handlers/chat';
import { conversationHandlers } from './handlers/conversations';
import { modelHandlers } from './handlers/model';

export interface HandlerServices {
  conversations: ConversationRepository;
  messages: MessageRepository;
  chat: ChatService;
  model: ModelService;
  settings: SettingsService;
  /** Native file picker in the app; tests pass their own. */
  pickFile(kind: 'model' | 'lora'): Promise<string | null>;
  appInfo: AppInfo;
}

export function createInvokeHandlers(s: HandlerServices): InvokeHandlers {
  return {
    ...conversationHandlers(s.conversations, s.messages),
    ...chatHandlers(s.chat),
    ...modelHandlers(s.model, s.settings),
    ...appHandlers(s.pickFile, s.appInfo),
  };
}
