// Builds window.api from a transport. Electron's preload passes an ipcRenderer-backed transport;
// the browser e2e harness passes a bridge to the same main-side services.
import type { EventChannel, EventPayload, InvokeChannel, InvokeRequest, InvokeResponse } from '../contract/channels';
import type { Envelope } from '../contract/envelope';
import type { MeaBridgeApi } from '../contract/api';

export interface ApiTransport {
  invoke(channel: InvokeChannel, payload: unknown): Promise<unknown>;
  subscribe(channel: EventChannel, listener: (payload: unknown) => void): () => void;
}

export function createBridgeApi(transport: ApiTransport): MeaBridgeApi {
  function call<C extends InvokeChannel>(channel: C, payload: InvokeRequest<C>): Promise<Envelope<InvokeResponse<C>>> {
    return transport.invoke(channel, payload) as Promise<Envelope<InvokeResponse<C>>>;
  }
  function on<E extends EventChannel>(channel: E, listener: (payload: EventPayload<E>) => void): () => void {
    return transport.subscribe(channel, (payload) => listener(payload as EventPayload<E>));
  }

  return {
    listConversations: (query) => call('conversations:list', query === undefined ? {} : { query }),
    createConversation: (title) => call('conversations:create', title === undefined ? {} : { title }),
    renameConversation: (id, title) => call('conversations:rename', { id, title }),
    deleteConversation: (id) => call('conversations:delete', { id }),
    restoreConversation: (id) => call('conversations:restore', { id }),
    listMessages: (conversationId) => call('messages:list', { conversationId }),
    sendMessage: (request) => call('chat:send', request),
    regenerate: (conversationId) => call('chat:regenerate', { conversationId }),
    stopGeneration: (requestId) => call('chat:stop', { requestId }),
    getModelStatus: () => call('model:getStatus', {}),
    loadModel: () => call('model:load', {}),
    getSettings: () => call('settings:get', {}),
    updateSettings: (patch) => call('settings:update', patch),
    pickFile: (kind) => call('dialog:pickFile', { kind }),
    getAppInfo: () => call('app:getInfo', {}),
    onChatDelta: (listener) => on('chat:delta', listener),
    onChatDone: (listener) => on('chat:done', listener),
    onModelStatus: (listener) => on('model:status', listener),
  };
}
