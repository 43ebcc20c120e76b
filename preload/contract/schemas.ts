// Zod schemas for the values that cross the IPC boundary; types are inferred from them.
import { z } from 'zod';
import { LIMITS } from './limits';
import { safetyNoticeKindSchema } from './safety-notices';
import { textSchema } from './text';
import { lowMemoryChoiceSchema } from './memory-plan';

export const idSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const requestIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid request id');
export const pathSchema = textSchema(LIMITS.pathChars, { min: 1 });
/** A remote server the user added (its id, as the app made it). */
export const serverIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid server id');

export const messageRoleSchema = z.enum(['user', 'assistant']);
export const messageStatusSchema = z.enum(['complete', 'streaming', 'stopped', 'failed', 'interrupted']);
export const profileIdSchema = z.enum(['adapter', 'template', 'qa']);
export const profileChoiceSchema = z.enum(['auto', 'adapter', 'template', 'qa']);
export const gpuLayersSchema = z.union([z.literal('auto'), z.literal('off'), z.number().int().min(0).max(1000)]);
/** CPU threads for generation: 'auto' = the cores this process may use. */
export const threadsSchema = z.union([z.literal('auto'), z.number().int().min(1).max(256)]);

/** LoRA strength a conversation may use (0 behaves like the base model). */
export const adapterScaleSchema = z.number().finite().min(0).max(2);

/** Per-conversation adapter choice: on/off and its scale. */
export const adapterChoiceSchema = z.strictObject({ enabled: z.boolean(), scale: adapterScaleSchema });

export const conversationSchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Answers use the loaded LoRA adapter (when one is loaded); false = the base model alone. */
  adapterEnabled: z.boolean(),
  adapterScale: adapterScaleSchema,
  /** The student chose "ask anyway": the scope guard no longer checks this conversation. */
  scopeOverride: z.boolean(),
  /** Answers are given the student's most relevant cards (when the decks hold any) and cite them. */
  useCards: z.boolean(),
  /** Which engine answers: null = this computer's model, else the id of a remote server from Settings. */
  engine: serverIdSchema.nullable(),
});

export const conversationSummarySchema = conversationSchema.extend({
  /** Excerpt of the message that matched a search, when listing with a query. */
  snippet: z.string().nullable(),
  matchedMessageId: idSchema.nullable(),
});

/** 'changed': edited since; 'deleted': gone (the copy the citation keeps is what was used). */
const citationStatusSchema = z.enum(['current', 'changed', 'deleted']);

/** A card an answer was given, as it was then, and what has become of it since. */
export const cardCitationSchema = z.strictObject({
  kind: z.literal('card'),
  /** What the answer cites it as: [1], [2], … */
  number: z.number().int().min(1),
  cardId: idSchema,
  deckName: z.string(),
  front: z.string(),
  back: z.string(),
  status: citationStatusSchema,
});

/** An earlier answer of another chat the answer was given (the "past answers" setting), as it was then. */
export const answerCitationSchema = z.strictObject({
  kind: z.literal('answer'),
  number: z.number().int().min(1),
  /** The earlier answer's message id. */
  messageId: idSchema,
  /** Its conversation now; null once that conversation is deleted. */
  conversationId: idSchema.nullable(),
  /** The conversation's title when it was used. */
  conversationTitle: z.string(),
  question: z.string(),
  answer: z.string(),
  /** 'changed': regenerated or edited since; 'deleted': the answer or its chat is gone. */
  status: citationStatusSchema,
});

export const citationSchema = z.discriminatedUnion('kind', [cardCitationSchema, answerCitationSchema]);

/** null: the cards were not consulted; 'ungrounded': none was relevant ("not in your cards"). */
export const groundingSchema = z.enum(['grounded', 'ungrounded']).nullable();

export const messageSchema = z.strictObject({
  id: idSchema,
  conversationId: idSchema,
  role: messageRoleSchema,
  content: z.string(),
  status: messageStatusSchema,
  modelName: z.string().nullable(),
  profile: z.string().nullable(),
  tokens: z.number().nullable(),
  tokensPerSecond: z.number().nullable(),
  error: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Fixed safety notices shown above this answer, most urgent first ([] for questions). */
  notices: z.array(safetyNoticeKindSchema),
  grounding: groundingSchema,
  /** The cards (and earlier answers) the answer was given, in citation order ([] when none). */
  citations: z.array(citationSchema),
});

/**
 * What the scope guard does with questions outside medical/health education:
 * 'ask' declines with an "Ask anyway" option, 'strict' declines without one, 'off' never declines.
 */
export const scopeGuardModeSchema = z.enum(['ask', 'strict', 'off']);

/** The scope guard's decision about one question, with its explanation. */
export const scopeDecisionSchema = z.strictObject({
  label: z.enum(['medical', 'out_of_scope']),
  score: z.number().finite(),
  reason: z.string(),
  matched: z.array(z.string()),
});

/** The interface language: 'system' follows the operating system's preferred languages (English when none is supported). */
export const uiLanguageSchema = z.enum(['system', 'en', 'es', 'fr', 'de']);

/** The disk cap of saved conversation states in MB: 0 turns saving off, at most 10,000 MB. */
export const conversationStateCapMbSchema = z.number().int().min(0).max(10_000);

export const samplingSchema = z.strictObject({
  temperature: z.number().finite().min(0).max(2),
  topP: z.number().finite().gt(0).max(1),
  maxTokens: z.number().int().min(1).max(LIMITS.maxNewTokens),
});

export const settingsSchema = z.strictObject({
  modelPath: pathSchema.nullable(),
  loraPath: pathSchema.nullable(),
  loraScale: z.number().finite().min(0).max(4),
  gpuLayers: gpuLayersSchema,
  threads: threadsSchema,
  /**
   * "Lower memory use": read the model into memory instead of mapping it (about 40% less RAM, a little slower);
   * 'auto' does so when free memory is tight for the model (main/services/model/memory-plan.ts).
   */
  lowMemory: lowMemoryChoiceSchema,
  /** Prompt profile for the current model+adapter pair ('auto' picks from the pair). */
  profile: profileChoiceSchema,
  sampling: samplingSchema,
  scopeGuard: scopeGuardModeSchema,
  /** Grounding may also use earlier answers of other chats (after the cards, marked as possibly wrong). */
  groundWithPastAnswers: z.boolean(),
  uiLanguage: uiLanguageSchema,
  /** Megabytes of saved conversation states kept on disk (0 = none saved); used from the next model load. */
  conversationStateCapMb: conversationStateCapMbSchema,
  /**
   * The engine of what no conversation chooses for: new chats sent without an engine, Review's Explain, quiz,
   * Compare and Make cards from a topic. null = this computer's model, else the id of a saved server.
   */
  defaultEngine: serverIdSchema.nullable(),
});

export const settingsPatchSchema = z.strictObject({
  modelPath: pathSchema.nullable().optional(),
  loraPath: pathSchema.nullable().optional(),
  loraScale: settingsSchema.shape.loraScale.optional(),
  gpuLayers: gpuLayersSchema.optional(),
  threads: threadsSchema.optional(),
  lowMemory: lowMemoryChoiceSchema.optional(),
  profile: profileChoiceSchema.optional(),
  sampling: samplingSchema.partial().strict().optional(),
  scopeGuard: scopeGuardModeSchema.optional(),
  groundWithPastAnswers: z.boolean().optional(),
  uiLanguage: uiLanguageSchema.optional(),
  conversationStateCapMb: conversationStateCapMbSchema.optional(),
  /** A saved server's id (an unknown one is refused), or null for this computer. */
  defaultEngine: serverIdSchema.nullable().optional(),
});

export const modelInfoSchema = z.strictObject({
  modelName: z.string(),
  architecture: z.string().nullable(),
  backend: z.enum(['cpu', 'cuda', 'vulkan', 'metal']),
  gpuLayers: z.number().int().min(0),
  totalLayers: z.number().int().min(0),
  threads: z.number().int().min(1),
  contextSize: z.number().int().min(1),
  hasChatTemplate: z.boolean(),
  loraPath: z.string().nullable(),
  /** GPU devices llama.cpp sees (empty on the CPU backend). */
  gpuDeviceNames: z.array(z.string()),
  /** VRAM in bytes; null on the CPU backend. */
  vramTotalBytes: z.number().min(0).nullable(),
  vramUsedBytes: z.number().min(0).nullable(),
  /** Why the GPU is not used although 'auto' asked for it (start-up or offload failed); null otherwise. */
  gpuFallback: z.string().nullable(),
});

/** The loaded LoRA adapter: its default scale and where it came from (GGUF adapter.source.* keys). */
export const adapterInfoSchema = z.strictObject({
  path: z.string(),
  /** Scale the adapter was loaded with: the default for new conversations and Compare. */
  defaultScale: z.number().min(0),
  provenance: z.array(z.strictObject({ key: z.string(), value: z.string() })),
});

export const modelStateSchema = z.enum([
  'stopped',
  'starting',
  'idle',
  'loading',
  'ready',
  'generating',
  'crashed',
  'unavailable',
]);

export const modelStatusSchema = z.strictObject({
  state: modelStateSchema,
  modelInfo: modelInfoSchema.nullable(),
  /** Prompt profile answers will use with the loaded model+adapter pair. */
  profile: profileIdSchema.nullable(),
  /** Human-readable explanation of the state (why it crashed, what is loading). */
  message: z.string().nullable(),
  /** The loaded LoRA adapter; null without one. */
  adapter: adapterInfoSchema.nullable(),
});

export const generationStatsSchema = z.strictObject({
  tokens: z.number().int().min(0),
  tokensPerSecond: z.number().min(0),
  modelName: z.string().nullable(),
});

export const apiErrorSchema = z.strictObject({
  code: z.enum(['invalid_payload', 'not_found', 'conflict', 'model_unavailable', 'forbidden', 'internal']),
  message: z.string(),
});

export type Conversation = z.infer<typeof conversationSchema>;
export type ConversationSummary = z.infer<typeof conversationSummarySchema>;
export type Message = z.infer<typeof messageSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type CardCitation = z.infer<typeof cardCitationSchema>;
export type AnswerCitation = z.infer<typeof answerCitationSchema>;
export type Grounding = z.infer<typeof groundingSchema>;
export type MessageStatus = z.infer<typeof messageStatusSchema>;
export type ProfileId = z.infer<typeof profileIdSchema>;
export type ProfileChoice = z.infer<typeof profileChoiceSchema>;
export type GpuLayers = z.infer<typeof gpuLayersSchema>;
export type Threads = z.infer<typeof threadsSchema>;
export type Sampling = z.infer<typeof samplingSchema>;
export type ScopeGuardMode = z.infer<typeof scopeGuardModeSchema>;
export type UiLanguage = z.infer<typeof uiLanguageSchema>;
export type ScopeDecisionBody = z.infer<typeof scopeDecisionSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
export type ModelInfo = z.infer<typeof modelInfoSchema>;
export type AdapterChoice = z.infer<typeof adapterChoiceSchema>;
export type AdapterInfo = z.infer<typeof adapterInfoSchema>;
export type ModelState = z.infer<typeof modelStateSchema>;
export type ModelStatus = z.infer<typeof modelStatusSchema>;
export type GenerationStats = z.infer<typeof generationStatsSchema>;
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
export type ApiErrorCode = ApiErrorBody['code'];
