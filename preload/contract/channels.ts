// The one channel map: every invoke and every event, with the zod schema of what it carries.
// Main, preload and renderer all derive their types from here (GitHub Desktop's ipc-shared idea,
// plus runtime parsing at the boundary).
import { z } from 'zod';
import { LIMITS } from './limits';
import {
  conversationSchema,
  conversationSummarySchema,
  generationStatsSchema,
  idSchema,
  messageSchema,
  modelStatusSchema,
  pathSchema,
  requestIdSchema,
  settingsPatchSchema,
  settingsSchema,
} from './schemas';

const empty = z.strictObject({});
const text = (max: number) => z.string().max(max);

/** Renderer → main request/response channels. */
export const invokeChannels = {
  'conversations:list': {
    request: z.strictObject({ query: text(LIMITS.searchChars).optional() }),
    response: z.array(conversationSummarySchema),
  },
  'conversations:create': {
    request: z.strictObject({ title: text(LIMITS.titleChars).optional() }),
    response: conversationSchema,
  },
  'conversations:rename': {
    request: z.strictObject({ id: idSchema, title: z.string().trim().min(1).max(LIMITS.titleChars) }),
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
  'chat:send': {
    request: z.strictObject({
      conversationId: idSchema.nullable(),
      text: z
        .string()
        .max(LIMITS.messageChars)
        .refine((s) => s.trim().length > 0, 'message is empty'),
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
  'model:getStatus': { request: empty, response: modelStatusSchema },
  'model:load': { request: empty, response: modelStatusSchema },
  'settings:get': { request: empty, response: settingsSchema },
  'settings:update': { request: settingsPatchSchema, response: settingsSchema },
  'dialog:pickFile': {
    request: z.strictObject({ kind: z.enum(['model', 'lora']) }),
    response: z.strictObject({ path: pathSchema.nullable() }),
  },
  'app:getInfo': {
    request: empty,
    response: z.strictObject({ version: z.string(), dataDir: z.string(), platform: z.string() }),
  },
} as const;

/** Main → renderer events. Tokens travel as small deltas, never whole-state snapshots. */
export const eventChannels = {
  'chat:delta': z.strictObject({ requestId: requestIdSchema, delta: z.string() }),
  'chat:done': z.strictObject({
    requestId: requestIdSchema,
    conversationId: idSchema,
    message: messageSchema,
    stats: generationStatsSchema.nullable(),
  }),
  'model:status': modelStatusSchema,
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
