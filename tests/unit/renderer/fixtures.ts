// Builders for contract objects used across renderer tests.
import type { MeaApi } from '../../../preload/contract/api';
import type { Conversation, Message, ModelStatus, Settings } from '../../../preload/contract/schemas';

export function message(overrides: Partial<Message> & Pick<Message, 'id'>): Message {
  return {
    conversationId: 1,
    role: 'assistant',
    content: '',
    status: 'complete',
    modelName: null,
    profile: null,
    tokens: null,
    tokensPerSecond: null,
    error: null,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

export function conversation(overrides: Partial<Conversation> & Pick<Conversation, 'id'>): Conversation {
  return { title: `Chat ${overrides.id}`, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, ...overrides };
}

export const defaultSettings: Settings = {
  modelPath: '/models/tinyllama.gguf',
  loraPath: null,
  loraScale: 1,
  gpuLayers: 'auto',
  threads: 'auto',
  profile: 'auto',
  sampling: { temperature: 0.7, topP: 0.9, maxTokens: 256 },
};

export const readyStatus: ModelStatus = {
  state: 'ready',
  profile: 'adapter',
  message: null,
  modelInfo: {
    modelName: 'TinyLlama-1.1B-Chat',
    architecture: 'llama',
    backend: 'cuda',
    gpuLayers: 23,
    totalLayers: 23,
    threads: 8,
    contextSize: 2048,
    hasChatTemplate: true,
    loraPath: '/models/medical-lora.gguf',
  },
};

/** A MeaApi whose calls resolve with harmless defaults; enough for server-side render checks. */
export function fakeApi(): MeaApi {
  const never = () => () => undefined;
  return {
    listConversations: async () => [],
    createConversation: async (title) => conversation({ id: 1, title: title ?? 'New chat' }),
    renameConversation: async (id, title) => conversation({ id, title }),
    deleteConversation: async (id) => ({ id }),
    restoreConversation: async (id) => conversation({ id }),
    listMessages: async () => [],
    sendMessage: async () => {
      throw new Error('not used');
    },
    regenerate: async () => {
      throw new Error('not used');
    },
    stopGeneration: async () => ({ stopped: true }),
    getModelStatus: async () => readyStatus,
    loadModel: async () => readyStatus,
    getSettings: async () => defaultSettings,
    updateSettings: async () => defaultSettings,
    pickFile: async () => ({ path: null }),
    getAppInfo: async () => ({ version: '0.0.0', dataDir: '/tmp', platform: 'linux' }),
    onChatDelta: never,
    onChatDone: never,
    onModelStatus: never,
  };
}
