// Compare: one question answered by the base model and by base + adapter side by side, streaming
// at once from one engine (this computer's model, or the default server from Settings). Compare answers
// are not stored.
import { z } from 'zod';
import { isBlankText } from '../blank-text';
import { LIMITS } from '../limits';
import { adapterScaleSchema, profileIdSchema, requestIdSchema, serverIdSchema } from '../schemas';
import { textSchema } from '../text';

export const compareSideSchema = z.enum(['base', 'adapter']);

const startedSideSchema = z.strictObject({
  requestId: requestIdSchema,
  /** Prompt profile this side is asked with (the done event says what was actually used). */
  profile: profileIdSchema,
});

/** The engine that answers both sides: the settings' defaultEngine ("Remote: NAME" when a server). */
const compareEngineSchema = z.strictObject({
  kind: z.enum(['local', 'remote']),
  /** The server's id when remote; null for this computer. */
  serverId: serverIdSchema.nullable(),
  /** "This computer", or the server's name from Settings. */
  name: z.string(),
});

export const compareInvokeChannels = {
  'compare:start': {
    request: z.strictObject({
      question: textSchema(LIMITS.messageChars).refine((s) => !isBlankText(s), 'question is empty'),
      /** Adapter strength for the adapter side; defaults to the scale the adapter was loaded with. */
      adapterScale: adapterScaleSchema.optional(),
    }),
    response: z.strictObject({
      engine: compareEngineSchema,
      base: startedSideSchema,
      adapter: startedSideSchema.extend({ scale: adapterScaleSchema }),
    }),
  },
  'compare:stop': {
    request: z.strictObject({ requestId: requestIdSchema }),
    response: z.strictObject({ stopped: z.boolean() }),
  },
} as const;

export const compareEventChannels = {
  'compare:delta': z.strictObject({ requestId: requestIdSchema, delta: z.string() }),
  'compare:done': z.strictObject({
    requestId: requestIdSchema,
    side: compareSideSchema,
    status: z.enum(['complete', 'stopped', 'failed']),
    /** The whole answer (the deltas concatenated). */
    text: z.string(),
    tokens: z.number().int().min(0),
    tokensPerSecond: z.number().min(0),
    profile: profileIdSchema,
    error: z.string().nullable(),
  }),
} as const;

type Response<C extends keyof typeof compareInvokeChannels> = z.output<(typeof compareInvokeChannels)[C]['response']>;
type Event<E extends keyof typeof compareEventChannels> = z.output<(typeof compareEventChannels)[E]>;

export type CompareSide = z.infer<typeof compareSideSchema>;
export type CompareStarted = Response<'compare:start'>;
export type CompareDone = Event<'compare:done'>;

export interface CompareApi {
  startCompare(
    request: z.input<(typeof compareInvokeChannels)['compare:start']['request']>,
  ): Promise<Response<'compare:start'>>;
  stopCompare(requestId: string): Promise<Response<'compare:stop'>>;
  onCompareDelta(listener: (event: Event<'compare:delta'>) => void): () => void;
  onCompareDone(listener: (event: Event<'compare:done'>) => void): () => void;
}
