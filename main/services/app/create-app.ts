// Builds every main-process service from paths and injected platform pieces. Electron-free:
// the Electron shell, the browser e2e bridge and integration tests all compose the app here.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { PickKind } from '../../../preload/contract/features/app';
import { Dispatcher } from '../api/dispatcher';
import { DAMAGED_FOLDER, openDataFile, type AutomaticBackupsOptions } from '../backup';
import { createInvokeHandlers } from '../api/handlers';
import { ChatService, type ChatServiceOptions } from '../chat/chat-service';
import { ScopeGate } from '../chat/scope-gate';
import { CompareService } from '../compare/compare-service';
import { DataDeletionService } from '../data-deletion';
import { DataExportService } from '../data-export';
import { createDownloadService, FirstRunSetup, useModelFiles } from '../downloads';
import { EvaluationRepository } from '../evaluation/evaluation-repository';
import { EvaluationRuns } from '../evaluation/evaluation-runs';
import { EvaluationService } from '../evaluation/evaluation-service';
import { SAMPLE_EVALUATION_DATA } from '../evaluation/sample-data';
import type { EventSink } from '../events';
import { MakeCardsService, modelCardGenerator, type MakeCardsLimits } from '../flashcards/make-cards';
import { ImportJobs } from '../flashcards/transfer';
import { LibraryService } from '../library/library-service';
import { LibraryStore } from '../library/library-store';
import type { MediaStore } from '../media';
import { ModelHostClient, type HostLauncher, type ModelHostClientOptions } from '../model-host';
import { ModelService } from '../model/model-service';
import { ConversationStates } from '../model/conversation-states';
import { currentMachineIdentity, type MachineIdentity } from '../model/machine-identity';
import { ThreadCalibrations, type ThreadCalibrationOptions } from '../model/thread-calibrations';
import { convertPeftLora, PeftConversionError } from '../peft';
import { QuizService } from '../quiz';
import type { RemoteEngineOptions, SecretBox } from '../remote-engine';
import { NO_SECRET_STORAGE, RemoteServers } from '../remote-servers';
import { assessSafety } from '../safety';
import { createScopeGuard } from '../scope';
import { CardGrounding } from '../grounding';
import { FtsAnswerRetriever, FtsCardRetriever } from '../retrieval';
import { createDeckServices } from './deck-services';
import { MediaCollection } from './media-collection';
import { SettingsService } from '../settings/settings-service';
import { ConversationRepository, MessageRepository, SettingsRepository } from '../store';

export interface AppDependencies {
  /** Folder that holds the database (Electron's userData in the app, a temp dir in tests). */
  dataDir: string;
  launcher: HostLauncher;
  /** Model host tuning (restart backoff, watchdog, Stop deadline); absent = the defaults. */
  host?: Omit<ModelHostClientOptions, 'launcher'>;
  events: EventSink;
  pickFile(kind: PickKind): Promise<string | null>;
  version: string;
  chat?: ChatServiceOptions;
  /** Read-only files shipped with the app (resources/ in the source tree); absent = none. */
  resourcesDir?: string;
  /** When automatic backups run (tests shorten the start-up delay). */
  backups?: AutomaticBackupsOptions;
  /** Delay before unused media files are collected (default 2 min after start-up). */
  mediaCollectionDelayMs?: number;
  /** Bounds of "Make cards" answers (tests shrink them). */
  makeCardsLimits?: Partial<MakeCardsLimits>;
  /** Thread calibration for 'auto' threads (tests: candidates [1, 2], a fake machine); false = never measure. */
  threadCalibration?: (ThreadCalibrationOptions & { machine?: MachineIdentity }) | false;
  /** Where servers' API keys are encrypted (Electron's safeStorage in the app, a fake in tests); absent = none stored. */
  secretBox?: SecretBox;
  /** Remote engine tuning (tests: shorter timeouts). */
  remoteEngine?: Pick<RemoteEngineOptions, 'timeouts'>;
  /** Bytes of saved conversation states kept in the data folder (default 300 MB). */
  conversationStateBytes?: number;
}

export interface App {
  dispatcher: Dispatcher;
  db: Database.Database;
  chat: ChatService;
  compare: CompareService;
  model: ModelService;
  host: ModelHostClient;
  /** Classroom/department servers from Settings. */
  servers: RemoteServers;
  /** Card images and audio, served to the renderer as app://media/<hash>. */
  media: MediaStore;
  /** Stops generation, saves what streamed, stops the model host and closes the database. */
  close(): Promise<void>;
}

/** Soft-deleted conversations are kept this long for Undo before start-up removes them for good. */
const PURGE_DELETED_AFTER_MS = 24 * 60 * 60 * 1000;

export const DATABASE_FILE = 'medical-education-assistant.db';

/** How long closing waits for the host to write conversation states that were waiting to be saved. */
const FLUSH_STATES_ON_CLOSE_MS = 3000;

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref?.());

export function createApp(deps: AppDependencies): App {
  mkdirSync(deps.dataDir, { recursive: true });
  // A damaged file is restored from the newest verified backup before anything reads it (notices say so).
  const { db, startupNotices, backups, backupStore } = openDataFile({
    dataDir: deps.dataDir,
    fileName: DATABASE_FILE,
    automatic: deps.backups,
  });
  const conversations = new ConversationRepository(db);
  const messages = new MessageRepository(db);
  conversations.purgeDeleted(PURGE_DELETED_AFTER_MS);
  const settingsRepository = new SettingsRepository(db);
  const settings = new SettingsService(settingsRepository);
  const library = new LibraryService({
    dataDir: deps.dataDir,
    settings,
    store: new LibraryStore(settingsRepository),
    convertPeft: convertPeftLora,
    isConversionError: (error): error is PeftConversionError => error instanceof PeftConversionError,
  });
  const host = new ModelHostClient({ ...deps.host, launcher: deps.launcher });
  host.start();
  const calibrations =
    deps.threadCalibration === false
      ? null
      : new ThreadCalibrations(
          settingsRepository,
          deps.threadCalibration?.machine ?? currentMachineIdentity(),
          deps.threadCalibration,
        );
  const conversationStates = new ConversationStates(
    host,
    deps.dataDir,
    () => deps.conversationStateBytes ?? settings.get().conversationStateCapMb * 1024 * 1024,
    (line) => deps.host?.onHostLog?.(line),
  );
  const model = new ModelService(host, settings, deps.events, calibrations, conversationStates);
  // Nothing is sent to a server until the user adds one and a conversation chooses it.
  const servers = new RemoteServers({
    db,
    secretBox: deps.secretBox ?? NO_SECRET_STORAGE,
    events: deps.events,
    engineOptions: deps.remoteEngine,
    onRemoved: (id) => settings.forgetServer(id),
  });
  model.useRemoteEngines(servers);
  settings.useServers((id) => servers.has(id));
  // What answers where no conversation chooses: new chats sent without an engine, Explain, quiz, Compare, topics.
  const defaultEngine = (): string | null => settings.get().defaultEngine;
  // The scope guard runs offline (no model), reading the 'scopeGuard' setting on every question.
  const scope = new ScopeGate(createScopeGuard(), settings);
  const safeguards = { scope, assessSafety };
  const { flashcards, review, media, transfer } = createDeckServices(db, deps.dataDir, settingsRepository);
  flashcards.purgeDeleted(PURGE_DELETED_AFTER_MS);
  const grounding = new CardGrounding({
    retriever: new FtsCardRetriever(db),
    countTokens: (text, engine) => model.countTokens(text, engine),
    hasCards: () => flashcards.hasLiveCards(),
    pastAnswers: {
      retriever: new FtsAnswerRetriever(db),
      enabled: () => settings.get().groundWithPastAnswers,
    },
  });
  const chat = new ChatService(conversations, messages, model, deps.events, safeguards, {
    ...deps.chat,
    grounding,
    defaultEngine,
  });
  const compare = new CompareService(model, deps.events, scope, {
    deltaIntervalMs: deps.chat?.deltaIntervalMs,
    defaultEngine,
  });
  const downloads = createDownloadService({
    dataDir: deps.dataDir,
    settings,
    settingsRepository,
    events: deps.events,
    convertAdapter: convertPeftLora,
    env: process.env,
  });
  const setup = new FirstRunSetup({
    downloads,
    load: async (files) => void (await useModelFiles(settings, model, files)),
    emit: (status) => deps.events.emit('setup:progress', status),
  });
  const mediaCollection = new MediaCollection({
    db,
    media,
    backups: backupStore,
    delayMs: deps.mediaCollectionDelayMs,
  });
  mediaCollection.start();
  const conversationOf = (messageId: number) => {
    const conversationId = messages.get(messageId)?.conversationId;
    return conversationId === undefined ? undefined : conversations.get(conversationId);
  };
  const makeCards = new MakeCardsService({
    db,
    flashcards,
    generate: modelCardGenerator(model),
    messageText: (id) => messages.get(id)?.content ?? null,
    messageEngine: (id) => conversationOf(id)?.engine ?? null,
    messageAdapter: (id) => {
      const conversation = conversationOf(id);
      return conversation ? { enabled: conversation.adapterEnabled, scale: conversation.adapterScale } : null;
    },
    defaultEngine,
    limits: deps.makeCardsLimits,
  });
  const quiz = new QuizService({
    flashcards,
    review,
    generator: model,
    events: deps.events,
    deltaIntervalMs: deps.chat?.deltaIntervalMs,
    defaultEngine,
  });
  const evaluation = new EvaluationRuns({
    evaluator: new EvaluationService({ store: new EvaluationRepository(db), scorer: model }),
    model,
    events: deps.events,
    // Compare answers and scoring share each adapter setting's one-off sequence in the host.
    busyReason: () =>
      compare.isRunning() ? 'A comparison is still running. Stop it or wait for both answers, then evaluate.' : null,
    samplePath: deps.resourcesDir === undefined ? null : join(deps.resourcesDir, ...SAMPLE_EVALUATION_DATA),
  });
  const imports = new ImportJobs({ transfer, emit: (progress) => deps.events.emit('cards:importProgress', progress) });
  const dataDeletion = new DataDeletionService({
    db,
    busyReason: () =>
      chat.isRunning() || compare.isRunning() || quiz.isRunning() || evaluation.isRunning() || servers.isBusy()
        ? 'An answer is still being written. Stop it or wait for it, then delete.'
        : imports.isRunning()
          ? 'Cards are still being imported. Wait for the import or cancel it, then delete.'
          : null,
    backups: async () => {
      await backups.idle();
      return backupStore.list();
    },
    copyFolders: [join(deps.dataDir, DAMAGED_FOLDER)],
    removeMediaFiles: () => media.removeAllFiles(),
    forgetConversationStates: () => conversationStates.forgetAll(),
    afterRowsDeleted: () => servers.afterAllRemoved(),
    log: (line) => deps.host?.onHostLog?.(line),
  });
  const handlers = createInvokeHandlers({
    conversations,
    conversationStates,
    messages,
    chat,
    compare,
    model,
    settings,
    library,
    downloads,
    setup,
    flashcards,
    review,
    quiz,
    makeCards,
    transfer,
    imports,
    evaluation,
    pickFile: deps.pickFile,
    appInfo: { version: deps.version, dataDir: deps.dataDir, platform: process.platform },
    dataSafety: {
      startupNotices,
      dataExport: new DataExportService({
        db,
        flashcards,
        version: deps.version,
        media,
        desiredRetention: () => review.getSettings().desiredRetention,
      }),
      dataDeletion,
    },
    servers,
  });
  // States of conversations deleted while no host ran (or it crashed) go; the host deletes them in its model
  // queue, so whether before or after the load opens the cache.
  void conversationStates
    .retainOnly(conversations.allIds())
    .catch((error: unknown) => deps.host?.onHostLog?.(`Could not delete orphan conversation states: ${String(error)}`));
  void model.loadIfConfigured();

  return {
    dispatcher: new Dispatcher(handlers),
    db,
    chat,
    compare,
    model,
    host,
    servers,
    media,
    async close() {
      await chat.dispose();
      await compare.dispose();
      await quiz.dispose();
      await evaluation.dispose();
      await downloads.dispose();
      model.dispose();
      // States still waiting for their idle moment are written first (bounded: quitting must not hang).
      await Promise.race([host.flushStates().catch(() => {}), delay(FLUSH_STATES_ON_CLOSE_MS)]);
      await host.dispose();
      await mediaCollection.close();
      await backups.beforeClose();
      db.close();
    },
  };
}
