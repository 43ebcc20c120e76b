// The shape of the app API: one named function per operation; the renderer never sees channels.
// Each feature declares its part in features/; MeaApi is their union.
import type { Envelope } from './envelope';
import type { AppApi } from './features/app';
import type { CardToolsApi } from './features/card-tools';
import type { ChatApi } from './features/chat';
import type { CompareApi } from './features/compare';
import type { ConversationsApi } from './features/conversations';
import type { DownloadsApi } from './features/downloads';
import type { EvaluationApi } from './features/evaluation';
import type { FlashcardsApi } from './features/flashcards';
import type { LibraryApi } from './features/library';
import type { ModelApi } from './features/model';
import type { NotesApi } from './features/notes';
import type { QuizApi } from './features/quiz';
import type { ReviewApi } from './features/review';
import type { ServersApi } from './features/servers';

/** What renderer code calls: failures throw ApiError (with its code). */
export interface MeaApi
  extends
    ConversationsApi,
    ChatApi,
    CompareApi,
    ModelApi,
    LibraryApi,
    DownloadsApi,
    AppApi,
    FlashcardsApi,
    NotesApi,
    ReviewApi,
    CardToolsApi,
    EvaluationApi,
    QuizApi,
    ServersApi {}

/** Names of the subscription functions (on…); everything else is a request. */
export type MeaEventName = Extract<keyof MeaApi, `on${string}`>;

export function isEventName(name: string): boolean {
  return name.startsWith('on');
}

/**
 * What the preload exposes as window.api: the same functions, resolving with the result envelope.
 * Errors thrown across Electron's contextBridge lose every property but the message, so the typed
 * error travels as data and the renderer turns it back into an ApiError (unwrapBridgeApi).
 */
export type MeaBridgeApi = {
  [K in keyof MeaApi]: K extends MeaEventName
    ? MeaApi[K]
    : MeaApi[K] extends (...args: infer A) => Promise<infer R>
      ? (...args: A) => Promise<Envelope<R>>
      : never;
};
