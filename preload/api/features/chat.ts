// window.api functions for asking, streaming and stopping.
import type { MeaBridgeApi } from '../../contract/api';
import type { ChatApi } from '../../contract/features/chat';
import type { BridgeTools } from '../bridge-tools';

export function chatBridge({ call, on }: BridgeTools): Pick<MeaBridgeApi, keyof ChatApi> {
  return {
    sendMessage: (request) => call('chat:send', request),
    regenerate: (conversationId) => call('chat:regenerate', { conversationId }),
    stopGeneration: (requestId) => call('chat:stop', { requestId }),
    onChatDelta: (listener) => on('chat:delta', listener),
    onChatDone: (listener) => on('chat:done', listener),
  };
}
