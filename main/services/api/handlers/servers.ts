// Server channels → RemoteServers; a conversation's engine → the conversation repository; the engine status →
// the engine that answers the conversation, or without one the settings' default engine (what a new chat,
// Compare, the quiz, Explain and Make cards from a topic are answered by).
import { ApiError } from '../../../../preload/contract/envelope';
import type { EngineStatus, serversInvokeChannels } from '../../../../preload/contract/features/servers';
import type { Engine } from '../../engine/engine';
import type { RemoteServers } from '../../remote-servers';
import type { ConversationRepository } from '../../store';
import type { FeatureHandlers } from './types';

export function serversHandlers(
  servers: RemoteServers,
  conversations: ConversationRepository,
  /** This computer's engine (what the header shows for a local conversation). */
  local: Pick<Engine, 'describe'>,
  /** Settings' "Answer new questions with": a saved server's id, or null for this computer. */
  defaultEngine: () => string | null,
): FeatureHandlers<typeof serversInvokeChannels> {
  const requireConversation = (id: number) => {
    const conversation = conversations.get(id);
    if (!conversation) throw new ApiError('not_found', `Conversation ${id} does not exist.`);
    return conversation;
  };
  const localStatus = (): EngineStatus => {
    const { name, modelName, adapter } = local.describe();
    return { kind: 'local', serverId: null, name, address: null, modelName, adapter };
  };
  return {
    'servers:list': () => servers.list(),
    'servers:add': ({ server, apiKey }) => servers.add(server, apiKey ?? null),
    'servers:update': ({ id, server, apiKey }) => servers.update(id, server, apiKey),
    'servers:remove': ({ id }) => servers.remove(id),
    'servers:test': ({ id }) => servers.test(id),
    'conversations:setEngine': ({ id, engine }) => {
      requireConversation(id);
      if (engine !== null && !servers.has(engine)) {
        throw new ApiError('not_found', 'There is no such server (it may have been removed).');
      }
      return conversations.setEngine(id, engine);
    },
    'engine:status': ({ conversationId }) => {
      const engine = conversationId === null ? defaultEngine() : requireConversation(conversationId).engine;
      return engine === null ? localStatus() : servers.status(engine);
    },
  };
}
