// Asking, streaming, stopping and regenerating answers.
import { z } from 'zod';
import { LIMITS } from '../limits';
import {
  adapterChoiceSchema,
  conversationSchema,
  generationStatsSchema,
  idSchema,
  messageSchema,
  requestIdSchema,
} from '../schemas';

export const chatInvokeChannels = {
  'chat:send': {
    request: z.strictObject({
      conversationId: idSchema.nullable(),
      text: z
        .string()
        .max(LIMITS.messageChars)
        .refine((s) => s.trim().length > 0, 'message is empty'),
      /** Adapter choice for a new conversation (conversationId null); existing ones keep theirs. */
      adapter: adapterChoiceSchema.optional(),
    }),
    response: z.strictObject({
      requestId: requestIdSchema,
      conversation: conversationSchema,
      userMessage: messageSchema,
      assistantMessage: messageSchema,
    }),
  },
  'chat:regenerate': {
    request: z.strictObject({ conversationId: idSchema }),
    response: z.strictObject({
      requestId: requestIdSchema,
      conversation: conversationSchema,
      assistantMessage: messageSchema,
    }),
  },
  'chat:stop': {
    request: z.strictObject({ requestId: requestIdSchema }),
    response: z.strictObject({ stopped: z.boolean() }),
  },
} as const;

/** Tokens travel as small deltas, never whole-state snapshots. */
export const chatEventChannels = {
  'chat:delta': z.strictObject({ requestId: requestIdSchema, delta: z.string() }),
  'chat:done': z.strictObject({
    requestId: requestIdSchema,
    conversationId: idSchema,
    message: messageSchema,
    stats: generationStatsSchema.nullable(),
  }),
} as const;

type Response<C extends keyof typeof chatInvokeChannels> = z.output<(typeof chatInvokeChannels)[C]['response']>;
type Event<E extends keyof typeof chatEventChannels> = z.output<(typeof chatEventChannels)[E]>;

export interface ChatApi {
  sendMessage(request: z.input<(typeof chatInvokeChannels)['chat:send']['request']>): Promise<Response<'chat:send'>>;
  regenerate(conversationId: number): Promise<Response<'chat:regenerate'>>;
  stopGeneration(requestId: string): Promise<Response<'chat:stop'>>;
  onChatDelta(listener: (event: Event<'chat:delta'>) => void): () => void;
  onChatDone(listener: (event: Event<'chat:done'>) => void): () => void;
}
