// Messages between the model host process and its client, validated with zod on both sides.
import path from 'node:path';
import { z } from 'zod';
import { messageRoleSchema, modelInfoSchema as contractModelInfoSchema } from '../../../preload/contract/schemas';
import { threadCalibrationSchema } from '../../../preload/contract/thread-calibration';
import { PROFILE_IDS, type ProfileId } from '../prompt-profiles/types';

// Looser than the contract's (which caps at 1000): `ask --gpu-layers` passes any whole number and
// node-llama-cpp clamps it to the model's layer count.
export const gpuLayersSchema = z.union([z.literal('auto'), z.literal('off'), z.number().int().min(0)]);

const stateCacheDirSchema = z.string().refine((dir) => path.isAbsolute(dir), 'must be an absolute path');

export const loadConfigSchema = z.object({
  modelPath: z.string().min(1),
  loraPath: z.string().min(1).nullable().optional(),
  loraScale: z.number().finite().min(0).optional(),
  gpuLayers: gpuLayersSchema,
  threads: z.number().int().min(1).optional(),
  /** Threads for prompt evaluation when a calibration found another count faster; absent = `threads`. */
  promptThreads: z.number().int().min(1).optional(),
  contextSize: z.number().int().min(16).optional(),
  /** Measure these thread counts after loading and run with the fastest (see thread-calibration.ts). */
  calibrate: z
    .object({
      candidates: z.array(z.number().int().min(1).max(1024)).min(1).max(64),
      tokens: z.number().int().min(1).max(512),
    })
    .optional(),
  /** false reads the file into memory instead of mapping it ("Lower memory use"); absent = the library default. */
  useMmap: z.boolean().optional(),
  /** Where conversations' evaluated states are saved and restored from; absent = never saved. */
  stateCache: z
    .object({
      /** The cache's own folder inside the app's data folder. */
      dir: stateCacheDirSchema,
      /** Bytes of state files kept at most (least recently used go first). */
      maxBytes: z.number().int().min(0),
      /** Quiet time after an answer before its state is written (default 1500 ms). */
      idleMs: z.number().int().min(0).optional(),
      /** Fewer tokens are not worth a state file or a load (default 64). */
      minTokens: z.number().int().min(1).optional(),
    })
    .optional(),
});

export const backendSchema = contractModelInfoSchema.shape.backend;

// The contract's model info plus what only the host reports. Spread, not .extend(): the contract's
// object is strict, the host's stays a plain object (unknown keys are stripped, not rejected).
export const modelInfoSchema = z.object({
  ...contractModelInfoSchema.shape,
  trainContextSize: z.number().int().min(0),
  /** Threads while a prompt is evaluated (`threads` is the generation count); absent from older hosts. */
  promptThreads: z.number().int().min(1).optional(),
  /** The thread calibration run by this load (config.calibrate), when it finished. */
  calibration: threadCalibrationSchema.optional(),
  /** Why the asked-for calibration did not finish (the model then keeps its load thread count). */
  calibrationError: z.string().optional(),
});

export const chatTurnSchema = z.object({
  role: messageRoleSchema,
  text: z.string(),
});

// Looser than the contract's (not strict, no caps on temperature or maxTokens): the host checks only
// what it needs to run; the settings and the CLI apply the user-facing limits.
export const samplingSchema = z.object({
  temperature: z.number().finite().min(0),
  topP: z.number().finite().gt(0).max(1),
  maxTokens: z.number().int().min(1),
});

export const generateRequestSchema = z.object({
  requestId: z.string().min(1),
  /** Conversation id: one cached chat session (and KV cache) per key. */
  sessionKey: z.string().min(1),
  /** Prior complete turns, oldest first; the source of truth for the conversation. */
  history: z.array(chatTurnSchema),
  prompt: z.string(),
  profile: z.enum(PROFILE_IDS),
  sampling: samplingSchema,
  /**
   * LoRA for this answer: null = the base model alone, {scale} = base + the loaded adapter at that
   * scale (its own context), absent = the adapter at its load scale when one is loaded.
   */
  lora: z
    .object({ scale: z.number().finite().min(0) })
    .nullable()
    .optional(),
  /** One-off answer (Compare): runs on the context's scratch sequence, never evicting a conversation. */
  scratch: z.boolean().optional(),
  /**
   * Constrain the answer to this JSON schema (node-llama-cpp's GbnfJsonSchema subset) through a
   * grammar, e.g. "Make cards". Checked by the library when the grammar is built.
   */
  jsonSchema: z.record(z.string(), z.unknown()).optional(),
});

/** LoRA setting of a request: null = base alone, {scale} = base + the loaded adapter, absent = the load default. */
const loraChoiceSchema = z
  .object({ scale: z.number().finite().min(0) })
  .nullable()
  .optional();

/**
 * Text to tokens exactly as a chat prompt is tokenized: `bos` puts BOS first (a prompt's start);
 * otherwise the text continues earlier tokens (no SentencePiece leading-space prefix). Markers stay text.
 */
export const tokenizeRequestSchema = z.object({
  requestId: z.string().min(1),
  text: z.string(),
  bos: z.boolean(),
});

/** A token sequence to score: the host returns ln p(token_i | tokens_<i) for every i ≥ 1. */
export const scoreRequestSchema = z.object({
  requestId: z.string().min(1),
  tokens: z.array(z.number().int().min(0)).min(2),
  lora: loraChoiceSchema,
});

export const stopReasonSchema = z.enum(['eos', 'stopTrigger', 'maxTokens', 'abort']);

export const generateResultSchema = z.object({
  text: z.string(),
  stopReason: stopReasonSchema,
  /** Tokens generated for this answer. */
  tokens: z.number().int().min(0),
  /** Prompt tokens actually evaluated this turn (the rest came from the KV cache). */
  evaluatedTokens: z.number().int().min(0),
  /** Prompt tokens whose evaluation was loaded from a saved state this turn; absent = none. */
  restoredTokens: z.number().int().min(1).optional(),
  tokensPerSecond: z.number().min(0),
  /** null when no token was produced. */
  timeToFirstTokenMs: z.number().min(0).nullable(),
  /** The profile actually used (template falls back to qa when the model has no chat template). */
  profile: z.enum(PROFILE_IDS),
});

/** The result of an answer stopped before it produced anything. */
export function emptyAbortedResult(profile: ProfileId): GenerateResult {
  return {
    text: '',
    stopReason: 'abort',
    tokens: 0,
    evaluatedTokens: 0,
    tokensPerSecond: 0,
    timeToFirstTokenMs: null,
    profile,
  };
}

/** What the host holds in memory: proof that LoRA settings share one loaded model. */
export const hostStatsSchema = z.object({
  /** Models brought into memory since the host started (a crash restart starts a new host). */
  modelLoads: z.number().int().min(0),
  contexts: z.array(
    z.object({
      lora: z.number().nullable(),
      contextSize: z.number().int().min(0),
      sequences: z.number().int().min(0),
      liveSessions: z.number().int().min(0),
      contextsWaitedFor: z.number().int().min(0),
    }),
  ),
  rssBytes: z.number().min(0),
});

export const faultKindSchema = z.enum(['abort', 'segv', 'hang']);

export const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('load'), requestId: z.string().min(1), config: loadConfigSchema }),
  z.object({ type: z.literal('unload'), requestId: z.string().min(1) }),
  z.object({ type: z.literal('generate'), request: generateRequestSchema }),
  z.object({ type: z.literal('tokenize'), request: tokenizeRequestSchema }),
  z.object({ type: z.literal('score'), request: scoreRequestSchema }),
  z.object({ type: z.literal('abort'), requestId: z.string().min(1) }),
  z.object({ type: z.literal('ping'), nonce: z.number().int() }),
  z.object({ type: z.literal('stats'), requestId: z.string().min(1) }),
  /** Deletes the saved states of one conversation (sessionKey) or all of them, in the cache folder `dir`. */
  z.object({
    type: z.literal('forget-states'),
    requestId: z.string().min(1),
    dir: stateCacheDirSchema,
    sessionKey: z.string().min(1).optional(),
  }),
  /** Writes the states waiting for their idle time now (before the app quits, or a benchmark's fresh host). */
  z.object({ type: z.literal('flush-states'), requestId: z.string().min(1) }),
  // Honoured only when the host runs with MEA_HOST_FAULTS=1 (tests).
  z.object({ type: z.literal('fault'), kind: faultKindSchema }),
]);

export const hostErrorCodeSchema = z.enum([
  'LOAD_FAILED',
  'NO_MODEL',
  'GENERATE_FAILED',
  'SCORE_FAILED',
  'BUSY',
  'BAD_MESSAGE',
  'INTERNAL',
]);

export const logLevelSchema = z.enum(['debug', 'info', 'warn', 'error']);

export const hostMessageSchema = z.discriminatedUnion('type', [
  /** Sent once when the host process is up and listening. */
  z.object({ type: z.literal('ready'), pid: z.number().int() }),
  z.object({ type: z.literal('loaded'), requestId: z.string(), info: modelInfoSchema }),
  /** A load's thread calibration measured `threads` (candidate `done` of `total`). */
  z.object({
    type: z.literal('calibration-progress'),
    requestId: z.string(),
    done: z.number().int().min(0),
    total: z.number().int().min(1),
    threads: z.number().int().min(1),
  }),
  /** Unasked: the loaded model's info changed (a context was created or evicted; VRAM use moved). */
  z.object({ type: z.literal('info'), info: modelInfoSchema }),
  z.object({ type: z.literal('stats'), requestId: z.string(), stats: hostStatsSchema }),
  z.object({ type: z.literal('unloaded'), requestId: z.string() }),
  z.object({ type: z.literal('states-forgotten'), requestId: z.string(), removed: z.number().int().min(0) }),
  z.object({ type: z.literal('states-flushed'), requestId: z.string() }),
  z.object({ type: z.literal('delta'), requestId: z.string(), text: z.string() }),
  z.object({ type: z.literal('done'), requestId: z.string(), result: generateResultSchema }),
  z.object({ type: z.literal('tokens'), requestId: z.string(), tokens: z.array(z.number().int().min(0)) }),
  /** ln p of tokens[1..]; `seconds` is the evaluation time in the host. */
  z.object({
    type: z.literal('scored'),
    requestId: z.string(),
    logProbs: z.array(z.number().max(0)),
    seconds: z.number().min(0),
  }),
  z.object({
    type: z.literal('error'),
    requestId: z.string().optional(),
    code: hostErrorCodeSchema,
    message: z.string(),
    /** Recent llama.cpp log lines that explain the error. */
    log: z.array(z.string()).optional(),
  }),
  z.object({ type: z.literal('log'), level: logLevelSchema, message: z.string() }),
  z.object({ type: z.literal('pong'), nonce: z.number().int() }),
]);

export type GpuLayers = z.infer<typeof gpuLayersSchema>;
export type LoadConfig = z.infer<typeof loadConfigSchema>;
export type CalibrationProgressMessage = Extract<HostMessage, { type: 'calibration-progress' }>;
export type Backend = z.infer<typeof backendSchema>;
export type ModelInfo = z.infer<typeof modelInfoSchema>;
export type Sampling = z.infer<typeof samplingSchema>;
export type GenerateRequest = z.infer<typeof generateRequestSchema>;
export type TokenizeRequest = z.infer<typeof tokenizeRequestSchema>;
export type ScoreRequest = z.infer<typeof scoreRequestSchema>;
export interface ScoreResult {
  /** ln p(token_i | tokens_<i) for i = 1 … n-1 (BOS or the first token is never predicted). */
  logProbs: number[];
  seconds: number;
}
export type StopReason = z.infer<typeof stopReasonSchema>;
export type GenerateResult = z.infer<typeof generateResultSchema>;
export type FaultKind = z.infer<typeof faultKindSchema>;
export type HostStats = z.infer<typeof hostStatsSchema>;
export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type HostErrorCode = z.infer<typeof hostErrorCodeSchema>;
export type HostLogLevel = z.infer<typeof logLevelSchema>;
export type HostMessage = z.infer<typeof hostMessageSchema>;

export type ParseResult<T> = { ok: true; message: T } | { ok: false; error: string };

function parseWith<T>(schema: z.ZodType<T>, raw: unknown): ParseResult<T> {
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, message: parsed.data } : { ok: false, error: z.prettifyError(parsed.error) };
}

export const parseClientMessage = (raw: unknown): ParseResult<ClientMessage> => parseWith(clientMessageSchema, raw);
export const parseHostMessage = (raw: unknown): ParseResult<HostMessage> => parseWith(hostMessageSchema, raw);
