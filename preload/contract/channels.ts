// The one channel map: every invoke and every event, with the zod schema of what it carries.
// Each feature declares its channels in features/; they are merged here. Main, preload and renderer
// all derive their types from this map (GitHub Desktop's ipc-shared idea, plus runtime parsing).
import type { z } from 'zod';
import { appInvokeChannels } from './features/app';
import { cardToolsEventChannels, cardToolsInvokeChannels } from './features/card-tools';
import { chatEventChannels, chatInvokeChannels } from './features/chat';
import { compareEventChannels, compareInvokeChannels } from './features/compare';
import { conversationInvokeChannels } from './features/conversations';
import { downloadsEventChannels, downloadsInvokeChannels } from './features/downloads';
import { evaluationEventChannels, evaluationInvokeChannels } from './features/evaluation';
import { flashcardsInvokeChannels } from './features/flashcards';
import { libraryInvokeChannels } from './features/library';
import { modelEventChannels, modelInvokeChannels } from './features/model';
import { notesInvokeChannels } from './features/notes';
import { quizEventChannels, quizInvokeChannels } from './features/quiz';
import { reviewInvokeChannels } from './features/review';
import { serversEventChannels, serversInvokeChannels } from './features/servers';

/** Renderer → main request/response channels. */
export const invokeChannels = {
  ...conversationInvokeChannels,
  ...chatInvokeChannels,
  ...compareInvokeChannels,
  ...modelInvokeChannels,
  ...libraryInvokeChannels,
  ...downloadsInvokeChannels,
  ...appInvokeChannels,
  ...flashcardsInvokeChannels,
  ...notesInvokeChannels,
  ...cardToolsInvokeChannels,
  ...reviewInvokeChannels,
  ...evaluationInvokeChannels,
  ...quizInvokeChannels,
  ...serversInvokeChannels,
} as const;

/** Main → renderer events. */
export const eventChannels = {
  ...chatEventChannels,
  ...compareEventChannels,
  ...modelEventChannels,
  ...downloadsEventChannels,
  ...evaluationEventChannels,
  ...cardToolsEventChannels,
  ...quizEventChannels,
  ...serversEventChannels,
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type EventChannel = keyof typeof eventChannels;
export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['request']>;
export type ParsedRequest<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['response']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventChannels)[E]>;

export const INVOKE_CHANNELS = Object.keys(invokeChannels) as InvokeChannel[];
export const EVENT_CHANNELS = Object.keys(eventChannels) as EventChannel[];

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && Object.hasOwn(invokeChannels, value);
}
