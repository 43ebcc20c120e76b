// window.api functions for remote servers and which engine answers a conversation.
import type { MeaBridgeApi } from '../../contract/api';
import type { ServersApi } from '../../contract/features/servers';
import type { BridgeTools } from '../bridge-tools';

export function serversBridge({ call, on }: BridgeTools): Pick<MeaBridgeApi, keyof ServersApi> {
  return {
    listServers: () => call('servers:list', {}),
    addServer: (server, apiKey) => call('servers:add', apiKey === undefined ? { server } : { server, apiKey }),
    updateServer: (id, server, apiKey) =>
      call('servers:update', apiKey === undefined ? { id, server } : { id, server, apiKey }),
    removeServer: (id) => call('servers:remove', { id }),
    testServer: (id) => call('servers:test', { id }),
    setConversationEngine: (id, engine) => call('conversations:setEngine', { id, engine }),
    getEngineStatus: (conversationId) => call('engine:status', { conversationId }),
    onServersChanged: (listener) => on('servers:changed', listener),
  };
}
