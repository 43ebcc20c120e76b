// Maps every invoke channel to a service call, feature by feature (handlers/). No logic lives here.
import type { PickKind } from '../../../preload/contract/features/app';
import type { ChatService } from '../chat/chat-service';
import type { CompareService } from '../compare/compare-service';
import type { DownloadService, FirstRunSetup } from '../downloads';
import type { EvaluationRuns } from '../evaluation/evaluation-runs';
import type { FlashcardService } from '../flashcards';
import type { MakeCardsService } from '../flashcards/make-cards';
import type { ImportJobs, TransferService } from '../flashcards/transfer';
import type { LibraryService } from '../library/library-service';
import type { ModelService } from '../model/model-service';
import type { ConversationStates } from '../model/conversation-states';
import type { QuizService } from '../quiz';
import type { RemoteServers } from '../remote-servers';
import type { ReviewService } from '../review';
import type { SettingsService } from '../settings/settings-service';
import type { ConversationRepository, MessageRepository } from '../store';
import type { InvokeHandlers } from './dispatcher';
import { appHandlers, type AppInfo, type DataSafety } from './handlers/app';
import { cardToolsHandlers } from './handlers/card-tools';
import { chatHandlers } from './handlers/chat';
import { compareHandlers } from './handlers/compare';
import { conversationHandlers } from './handlers/conversations';
import { downloadsHandlers } from './handlers/downloads';
import { evaluationHandlers } from './handlers/evaluation';
import { flashcardsHandlers } from './handlers/flashcards';
import { libraryHandlers } from './handlers/library';
import { modelHandlers } from './handlers/model';
import { notesHandlers } from './handlers/notes';
import { quizHandlers } from './handlers/quiz';
import { reviewHandlers } from './handlers/review';
import { serversHandlers } from './handlers/servers';

export interface HandlerServices {
  conversations: ConversationRepository;
  /** Saved evaluation states, deleted with their conversation; absent = none are kept. */
  conversationStates?: ConversationStates;
  messages: MessageRepository;
  chat: ChatService;
  compare: CompareService;
  model: ModelService;
  settings: SettingsService;
  library: LibraryService;
  flashcards: FlashcardService;
  review: ReviewService;
  /** Quiz questions, grading and comments; ratings go through review. */
  quiz: QuizService;
  makeCards: MakeCardsService;
  transfer: TransferService;
  /** Imports with progress events and Cancel. */
  imports: ImportJobs;
  downloads: DownloadService;
  /** The first run's model + adapter download, conversion and load as one job. */
  setup: FirstRunSetup;
  /** Background perplexity runs (base vs base + adapter). */
  evaluation: EvaluationRuns;
  /** Native file picker in the app; tests pass their own. */
  pickFile(kind: PickKind): Promise<string | null>;
  appInfo: AppInfo;
  /** Start-up notices about the data file, and "Export all my data". */
  dataSafety: DataSafety;
  /** Classroom/department servers from Settings (an optional remote engine per conversation). */
  servers: RemoteServers;
}

export function createInvokeHandlers(s: HandlerServices): InvokeHandlers {
  return {
    ...conversationHandlers(s.conversations, s.messages, (id) => s.conversationStates?.forgetConversation(id)),
    ...chatHandlers(s.chat),
    ...compareHandlers(s.compare),
    ...modelHandlers(s.model, s.settings, async () => (await s.conversationStates?.usage()) ?? { bytes: 0, files: 0 }),
    ...libraryHandlers(s.library, s.model),
    ...flashcardsHandlers(s.flashcards),
    ...notesHandlers(s.flashcards.notes),
    ...cardToolsHandlers(s.makeCards, s.transfer, s.imports),
    ...reviewHandlers(s.review, s.chat),
    ...downloadsHandlers(s.downloads, s.settings, s.model, s.setup),
    ...appHandlers(s.pickFile, s.appInfo, s.dataSafety),
    ...evaluationHandlers(s.evaluation),
    ...quizHandlers(s.quiz),
    ...serversHandlers(s.servers, s.conversations, s.model.localEngine, () => s.settings.get().defaultEngine),
  };
}
