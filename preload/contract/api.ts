// The shape of the app API: one named function per operation; the renderer never sees channels.
import type { Envelope } from './envelope';
import type { EventPayload, InvokeRequest, InvokeResponse } from './channels';
import type { Settings } from './schemas';

type Unsubscribe = () => void;

/** What renderer code calls: failures throw ApiError (with its code). */
export interface MeaApi {
  listConversations(query?: string): Promise<InvokeResponse<'conversations:list'>>;
  createConversation(title?: string): Promise<InvokeResponse<'conversations:create'>>;
  renameConversation(id: number, title: string): Promise<InvokeResponse<'conversations:rename'>>;
  deleteConversation(id: number): Promise<InvokeResponse<'conversations:delete'>>;
  restoreConversation(id: number): Promise<InvokeResponse<'conversations:restore'>>;
  listMessages(conversationId: number): Promise<InvokeResponse<'messages:list'>>;

  sendMessage(request: InvokeRequest<'chat:send'>): Promise<InvokeResponse<'chat:send'>>;
  regenerate(conversationId: number): Promise<InvokeResponse<'chat:regenerate'>>;
  stopGeneration(requestId: string): Promise<InvokeResponse<'chat:stop'>>;

  getModelStatus(): Promise<InvokeResponse<'model:getStatus'>>;
  loadModel(): Promise<InvokeResponse<'model:load'>>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: InvokeRequest<'settings:update'>): Promise<Settings>;
  pickFile(kind: 'model' | 'lora'): Promise<InvokeResponse<'dialog:pickFile'>>;
  getAppInfo(): Promise<InvokeResponse<'app:getInfo'>>;

  onChatDelta(listener: (event: EventPayload<'chat:delta'>) => void): Unsubscribe;
  onChatDone(listener: (event: EventPayload<'chat:done'>) => void): Unsubscribe;
  onModelStatus(listener: (event: EventPayload<'model:status'>) => void): Unsubscribe;
}

export type MeaEventName = 'onChatDelta' | 'onChatDone' | 'onModelStatus';
export const MEA_EVENT_NAMES: readonly MeaEventName[] = ['onChatDelta', 'onChatDone', 'onModelStatus'];

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
