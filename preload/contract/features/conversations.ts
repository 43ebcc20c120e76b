// Conversations and their stored messages: list/search, create, rename, adapter choice, delete with undo.
import { z } from 'zod';
import { LIMITS } from '../limits';
import {
  adapterChoiceSchema,
  conversationSchema,
  conversationSummarySchema,
  idSchema,
  messageSchema,
} from '../schemas';
import { textSchema } from '../text';

export const conversationInvokeChannels = {
  'conversations:list': {
    request: z.strictObject({ query: textSchema(LIMITS.searchChars).optional() }),
    response: z.array(conversationSummarySchema),
  },
  'conversations:create': {
    request: z.strictObject({ title: textSchema(LIMITS.titleChars).optional() }),
    response: conversationSchema,
  },
  'conversations:rename': {
    request: z.strictObject({ id: idSchema, title: textSchema(LIMITS.titleChars, { trim: true, min: 1 }) }),
    response: conversationSchema,
  },
  'conversations:get': {
    request: z.strictObject({ id: idSchema }),
    response: conversationSchema,
  },
  /** Adapter on/off and scale for the conversation's next answers. */
  'conversations:setAdapter': {
    request: z.strictObject({ id: idSchema, adapter: adapterChoiceSchema }),
    response: conversationSchema,
  },
  /** "Use my cards" for the conversation's next answers. */
  'conversations:setUseCards': {
    request: z.strictObject({ id: idSchema, useCards: z.boolean() }),
    response: conversationSchema,
  },
  'conversations:delete': {
    request: z.strictObject({ id: idSchema }),
    response: z.strictObject({ id: idSchema }),
  },
  'conversations:restore': {
    request: z.strictObject({ id: idSchema }),
    response: conversationSchema,
  },
  'messages:list': {
    request: z.strictObject({ conversationId: idSchema }),
    response: z.array(messageSchema),
  },
} as const;

type Response<C extends keyof typeof conversationInvokeChannels> = z.output<
  (typeof conversationInvokeChannels)[C]['response']
>;

export interface ConversationsApi {
  listConversations(query?: string): Promise<Response<'conversations:list'>>;
  createConversation(title?: string): Promise<Response<'conversations:create'>>;
  renameConversation(id: number, title: string): Promise<Response<'conversations:rename'>>;
  getConversation(id: number): Promise<Response<'conversations:get'>>;
  setConversationAdapter(
    id: number,
    adapter: z.input<typeof adapterChoiceSchema>,
  ): Promise<Response<'conversations:setAdapter'>>;
  setConversationUseCards(id: number, useCards: boolean): Promise<Response<'conversations:setUseCards'>>;
  deleteConversation(id: number): Promise<Response<'conversations:delete'>>;
  restoreConversation(id: number): Promise<Response<'conversations:restore'>>;
  listMessages(conversationId: number): Promise<Response<'messages:list'>>;
}
