// window.api functions for conversations and messages.
import type { MeaBridgeApi } from '../../contract/api';
import type { ConversationsApi } from '../../contract/features/conversations';
import type { BridgeTools } from '../bridge-tools';

export function conversationsBridge({ call }: BridgeTools): Pick<MeaBridgeApi, keyof ConversationsApi> {
  return {
    listConversations: (query) => call('conversations:list', query === undefined ? {} : { query }),
    createConversation: (title) => call('conversations:create', title === undefined ? {} : { title }),
    renameConversation: (id, title) => call('conversations:rename', { id, title }),
    getConversation: (id) => call('conversations:get', { id }),
    setConversationAdapter: (id, adapter) => call('conversations:setAdapter', { id, adapter }),
    setConversationUseCards: (id, useCards) => call('conversations:setUseCards', { id, useCards }),
    deleteConversation: (id) => call('conversations:delete', { id }),
    restoreConversation: (id) => call('conversations:restore', { id }),
    listMessages: (conversationId) => call('messages:list', { conversationId }),
  };
}
