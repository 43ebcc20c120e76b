// Asking, streaming, stopping and regenerating answers.
import { z } from 'zod';
import { isBlankText } from '../blank-text';
import { LIMITS } from '../limits';
import { safetyNoticeKindSchema } from '../safety-notices';
import {
  adapterChoiceSchema,
  conversationSchema,
  generationStatsSchema,
  idSchema,
  messageSchema,
  requestIdSchema,
  scopeDecisionSchema,
  serverIdSchema,
} from '../schemas';
import { textSchema } from '../text';

/** The guard let the question through (or was skipped): both messages exist and the answer streams. */
const answeringSchema = z.strictObject({
  outcome: z.literal('answering'),
  requestId: requestIdSchema,
  conversation: conversationSchema,
  userMessage: messageSchema,
  assistantMessage: messageSchema,
});

/** The guard declined the question; nothing was saved, the text stays in the composer. */
const outOfScopeSchema = z.strictObject({
  outcome: z.literal('out_of_scope'),
  decision: scopeDecisionSchema,
  /** False in 'strict' mode: the renderer offers no "Ask anyway". */
  canAskAnyway: z.boolean(),
  /**
   * Safety notices the question needs, decided before and regardless of scope: a declined question
   * with a red flag still shows its notice (and its emergency guidance) above "Ask anyway".
   */
  notices: z.array(safetyNoticeKindSchema),
});

export const chatInvokeChannels = {
  'chat:send': {
    request: z.strictObject({
      conversationId: idSchema.nullable(),
      text: textSchema(LIMITS.messageChars).refine((s) => !isBlankText(s), 'message is empty'),
      /** Adapter choice for a new conversation (conversationId null); existing ones keep theirs. */
      adapter: adapterChoiceSchema.optional(),
      /** "Use my cards" for a new conversation (default on); existing ones keep theirs. */
      useCards: z.boolean().optional(),
      /**
       * Engine for a new conversation: a server id, null for this computer, absent for the settings' defaultEngine;
       * existing ones keep theirs.
       */
      engine: serverIdSchema.nullable().optional(),
      /** "Ask anyway": answer although the scope guard declined, and remember it for the conversation. */
      askAnyway: z.boolean().optional(),
    }),
    response: z.discriminatedUnion('outcome', [answeringSchema, outOfScopeSchema]),
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
