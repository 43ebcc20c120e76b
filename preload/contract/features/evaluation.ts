// Evaluate: perplexity of the base model and of base + adapter on one JSONL data file, run in the
// background (progress and the result arrive as events) and stored with date, model and adapter.
import { z } from 'zod';
import { idSchema, pathSchema, requestIdSchema } from '../schemas';

export const evaluationVariantSchema = z.enum(['base', 'adapter']);

const countSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const rateSchema = z.number().finite().min(0);
/** exp(mean NLL) is at least 1 in exact arithmetic; >0 leaves room for rounding. */
const perplexitySchema = z.number().finite().positive();

export const evaluationRunSchema = z.strictObject({
  id: idSchema,
  /** Epoch milliseconds when the run finished. */
  createdAt: countSchema,
  variant: evaluationVariantSchema,
  modelName: z.string().max(1000),
  modelPath: pathSchema,
  /** The adapter file scored (null for 'base'). */
  adapterPath: pathSchema.nullable(),
  adapterScale: z.number().finite().min(0).nullable(),
  dataPath: pathSchema,
  /** SHA-256 of the data file, so runs on the same data can be paired. */
  dataSha256: z.string().regex(/^[0-9a-f]{64}$/, 'invalid SHA-256'),
  items: countSchema,
  seconds: rateSchema,
  tokensPerSecond: rateSchema,
  /** Over answer tokens only (the answer + its end-of-turn marker). */
  answerPerplexity: perplexitySchema,
  /** Over every predicted token of each whole sequence (the model card's figure). */
  sequencePerplexity: perplexitySchema,
  answerTokens: countSchema,
  sequenceTokens: countSchema,
});

export const evaluationProgressSchema = z.strictObject({
  runKey: requestIdSchema,
  variant: evaluationVariantSchema,
  itemsDone: countSchema,
  itemsTotal: countSchema,
  tokensPerSecond: rateSchema,
});

export const evaluationInvokeChannels = {
  'evaluation:run': {
    request: z.strictObject({
      dataPath: pathSchema,
      /** Scored in this order, each stored as its own run. */
      variants: z
        .array(evaluationVariantSchema)
        .min(1)
        .max(2)
        .refine((variants) => new Set(variants).size === variants.length, 'variants must be distinct'),
    }),
    /** Returns at once; the result arrives as an 'evaluation:done' event with this key. */
    response: z.strictObject({ runKey: requestIdSchema }),
  },
  'evaluation:cancel': {
    request: z.strictObject({ runKey: requestIdSchema }),
    response: z.strictObject({ cancelled: z.boolean() }),
  },
  'evaluation:list': {
    request: z.strictObject({}),
    /** Newest first. */
    response: z.array(evaluationRunSchema),
  },
  'evaluation:delete': {
    request: z.strictObject({ id: idSchema }),
    response: z.strictObject({ id: idSchema }),
  },
  /** The sample data file shipped with the app (null when this build has none). */
  'evaluation:sample': {
    request: z.strictObject({}),
    response: z.strictObject({ path: pathSchema.nullable(), items: z.number().int().min(0) }),
  },
} as const;

export const evaluationEventChannels = {
  'evaluation:progress': evaluationProgressSchema,
  'evaluation:done': z.strictObject({
    runKey: requestIdSchema,
    status: z.enum(['complete', 'cancelled', 'failed']),
    /** The runs stored by this request (empty unless complete). */
    runs: z.array(evaluationRunSchema),
    error: z.string().nullable(),
  }),
} as const;

type Request<C extends keyof typeof evaluationInvokeChannels> = z.input<
  (typeof evaluationInvokeChannels)[C]['request']
>;
type Response<C extends keyof typeof evaluationInvokeChannels> = z.output<
  (typeof evaluationInvokeChannels)[C]['response']
>;
type Event<E extends keyof typeof evaluationEventChannels> = z.output<(typeof evaluationEventChannels)[E]>;

export type EvaluationVariantId = z.infer<typeof evaluationVariantSchema>;
export type EvaluationRunRecord = z.infer<typeof evaluationRunSchema>;
export type EvaluationProgressEvent = Event<'evaluation:progress'>;
export type EvaluationDone = Event<'evaluation:done'>;
export type EvaluationRunRequest = Request<'evaluation:run'>;

export interface EvaluationApi {
  runEvaluation(request: Request<'evaluation:run'>): Promise<Response<'evaluation:run'>>;
  cancelEvaluation(runKey: string): Promise<Response<'evaluation:cancel'>>;
  listEvaluations(): Promise<Response<'evaluation:list'>>;
  deleteEvaluation(id: number): Promise<Response<'evaluation:delete'>>;
  evaluationSample(): Promise<Response<'evaluation:sample'>>;
  onEvaluationProgress(listener: (event: EvaluationProgressEvent) => void): () => void;
  onEvaluationDone(listener: (event: EvaluationDone) => void): () => void;
}
