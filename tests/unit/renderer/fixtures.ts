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
    notices: [],
    grounding: null,
    citations: [],
    ...overrides,
  };
}

export function conversation(overrides: Partial<Conversation> & Pick<Conversation, 'id'>): Conversation {
  return {
    title: `Chat ${overrides.id}`,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    adapterEnabled: true,
    adapterScale: 1,
    scopeOverride: false,
    useCards: true,
    engine: null,
    ...overrides,
  };
}

export const defaultSettings: Settings = {
  modelPath: '/models/tinyllama.gguf',
  loraPath: null,
  loraScale: 1,
  gpuLayers: 'auto',
  threads: 'auto',
  lowMemory: 'auto',
  profile: 'auto',
  sampling: { temperature: 0.7, topP: 0.9, maxTokens: 256 },
  scopeGuard: 'ask',
  groundWithPastAnswers: false,
  uiLanguage: 'system',
  conversationStateCapMb: 300,
  defaultEngine: null,
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
    gpuDeviceNames: ['NVIDIA GeForce RTX 4060 Laptop GPU'],
    vramTotalBytes: 8_585_740_288,
    vramUsedBytes: 1_288_490_189,
    gpuFallback: null,
  },
  adapter: {
    path: '/models/medical-lora.gguf',
    defaultScale: 1,
    provenance: [{ key: 'base_model', value: 'TinyLlama/TinyLlama-1.1B-Chat-v1.0' }],
  },
};

/** A MeaApi whose calls resolve with harmless defaults; enough for server-side render checks. */
export function fakeApi(): MeaApi {
  const never = () => () => undefined;
  const notUsed = async (): Promise<never> => {
    throw new Error('not used');
  };
  return {
    listConversations: async () => [],
    createConversation: async (title) => conversation({ id: 1, title: title ?? 'New chat' }),
    renameConversation: async (id, title) => conversation({ id, title }),
    getConversation: async (id) => conversation({ id }),
    setConversationAdapter: async (id, adapter) =>
      conversation({ id, adapterEnabled: adapter.enabled, adapterScale: adapter.scale }),
    setConversationUseCards: async (id, useCards) => conversation({ id, useCards }),
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
    startCompare: async () => {
      throw new Error('not used');
    },
    stopCompare: async () => ({ stopped: true }),
    onCompareDelta: never,
    onCompareDone: never,
    getModelStatus: async () => readyStatus,
    loadModel: async () => readyStatus,
    getThreadCalibration: async () => null,
    getMemoryPlan: async () => null,
    getConversationStateUsage: async () => ({ bytes: 0, files: 0 }),
    recalibrateThreads: async () => readyStatus,
    getSettings: async () => defaultSettings,
    updateSettings: async () => defaultSettings,
    pickFile: async () => ({ path: null }),
    listLibrary: async () => [],
    importModelFile: async () => {
      throw new Error('not used');
    },
    importPeftFolder: async () => {
      throw new Error('not used');
    },
    getAppInfo: async () => ({ version: '0.0.0', dataDir: '/tmp', platform: 'linux' }),
    getStartupNotices: async () => ({ notices: [] }),
    exportAllData: async () => {
      throw new Error('not used');
    },
    deleteAllData: async () => ({ conversations: 0, cards: 0, decks: 0, backups: 0 }),
    getModelCatalog: async () => ({
      modelsDir: '/tmp/models',
      freeBytes: null,
      adapterSourceUrl: null,
      firstRun: false,
      entries: [],
    }),
    listDownloads: async () => [],
    startDownload: notUsed,
    pauseDownload: notUsed,
    resumeDownload: notUsed,
    cancelDownload: notUsed,
    setAdapterSource: notUsed,
    useCatalogEntry: notUsed,
    startSetup: notUsed,
    getSetupStatus: notUsed,
    pauseSetup: notUsed,
    onDownloadProgress: never,
    onSetupProgress: never,
    onChatDelta: never,
    onChatDone: never,
    onModelStatus: never,
    onCalibration: never,
    listDecks: async () => [],
    createDeck: notUsed,
    renameDeck: notUsed,
    deleteDeck: notUsed,
    restoreDeck: notUsed,
    getLastDeck: async () => ({ deckId: null }),
    setLastDeck: async (deckId) => ({ deckId }),
    createCard: notUsed,
    getCard: notUsed,
    updateCard: notUsed,
    listCards: async () => ({ total: 0, cards: [] }),
    moveCards: notUsed,
    deleteCard: notUsed,
    restoreCard: notUsed,
    dueCards: async () => [],
    searchCards: async () => [],
    getNote: notUsed,
    updateNote: notUsed,
    generateCards: notUsed,
    createCards: notUsed,
    exportCards: notUsed,
    importCards: notUsed,
    cancelImport: async () => ({ cancelled: true }),
    onImportProgress: never,
    searchHistory: async () => [],
    listTags: async () => [],
    reviewQueue: async () => ({ cards: [], dueCount: 0, nextDueAt: null }),
    previewReview: async () => [],
    rateCard: notUsed,
    undoReview: notUsed,
    reviewStats: async () => ({
      today: { reviewed: 0, again: 0, newLearned: 0, dueLeft: 0 },
      days: [],
      retention: null,
    }),
    getReviewSettings: async () => ({ desiredRetention: 0.9, newCardsPerDay: 20 }),
    setReviewSettings: notUsed,
    explainCard: notUsed,
    runEvaluation: notUsed,
    cancelEvaluation: async () => ({ cancelled: true }),
    listEvaluations: async () => [],
    deleteEvaluation: async (id) => ({ id }),
    evaluationSample: async () => ({ path: null, items: 0 }),
    onEvaluationProgress: never,
    onEvaluationDone: never,
    quizQueue: async () => ({ items: [] }),
    askQuizQuestion: notUsed,
    stopQuiz: async () => ({ stopped: false }),
    gradeQuizAnswer: notUsed,
    explainQuizAnswer: notUsed,
    onQuizDelta: never,
    onQuizQuestion: never,
    onQuizExplanation: never,
    listServers: async () => ({ servers: [], keyStorage: { available: true, message: null } }),
    addServer: notUsed,
    updateServer: notUsed,
    removeServer: notUsed,
    testServer: notUsed,
    setConversationEngine: async (id, engine) => conversation({ id, engine }),
    getEngineStatus: async () => ({
      kind: 'local',
      serverId: null,
      name: 'This computer',
      address: null,
      modelName: readyStatus.modelInfo?.modelName ?? null,
      adapter: { mode: 'none', name: null, scalable: false },
    }),
    onServersChanged: never,
  };
}
