// Review: the spaced-repetition queue, rating previews, rating with undo, stats, settings and "Explain".
import { z } from 'zod';
import { idSchema, requestIdSchema } from '../schemas';
import { cardSchema } from './flashcards';

const gradeSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
/** An answer's time; the service caps what it counts at an hour. */
const durationSchema = z
  .number()
  .int()
  .min(0)
  .max(24 * 60 * 60 * 1000);

export const reviewSettingsSchema = z.strictObject({
  desiredRetention: z.number().min(0.7).max(0.99),
  newCardsPerDay: z.number().int().min(0).max(9999),
});

export const ratingPreviewSchema = z.strictObject({
  rating: gradeSchema,
  due: z.number(),
  /** due minus the time of the preview; the renderer words it in the UI language ("10 min", "8 Tage"). */
  intervalMs: z.number(),
});

export const dayStatsSchema = z.strictObject({
  day: z.string(),
  reviews: z.number().int().min(0),
  again: z.number().int().min(0),
  retention: z.number().min(0).max(1).nullable(),
});

export const reviewStatsSchema = z.strictObject({
  today: z.strictObject({
    reviewed: z.number().int().min(0),
    again: z.number().int().min(0),
    newLearned: z.number().int().min(0),
    dueLeft: z.number().int().min(0),
  }),
  days: z.array(dayStatsSchema),
  retention: z.number().min(0).max(1).nullable(),
});

export const reviewInvokeChannels = {
  /** Cards to review now; deckId null = all decks. nextDueAt is set only when nothing is due. */
  'review:queue': {
    request: z.strictObject({ deckId: idSchema.nullable(), limit: z.number().int().min(1).max(200) }),
    response: z.strictObject({
      cards: z.array(cardSchema),
      dueCount: z.number().int().min(0),
      nextDueAt: z.number().nullable(),
    }),
  },
  /** Next due date and interval for Again, Hard, Good and Easy. */
  'review:preview': {
    request: z.strictObject({ cardId: idSchema }),
    response: z.array(ratingPreviewSchema),
  },
  'review:rate': {
    request: z.strictObject({
      cardId: idSchema,
      rating: gradeSchema,
      durationMs: durationSchema,
      /** Deck filter for the returned next card (null = all decks). */
      deckId: idSchema.nullable().optional(),
    }),
    response: z.strictObject({ card: cardSchema, logId: idSchema, next: cardSchema.nullable() }),
  },
  /** Takes back the last rating; 'conflict' when there is none. */
  'review:undo': { request: z.strictObject({}), response: z.strictObject({ card: cardSchema }) },
  /** Counts and history over all decks; deckId narrows only today's "due left". */
  'review:stats': {
    request: z.strictObject({ days: z.number().int().min(1).max(365), deckId: idSchema.nullable().optional() }),
    response: reviewStatsSchema,
  },
  'review:getSettings': { request: z.strictObject({}), response: reviewSettingsSchema },
  'review:setSettings': { request: reviewSettingsSchema.partial(), response: reviewSettingsSchema },
  /** Starts a new chat asking the model to explain the card's answer; watch it on chat:delta/chat:done. */
  'review:explain': {
    request: z.strictObject({ cardId: idSchema }),
    /** messageId: the question asked, so the chat view can open the conversation there. */
    response: z.strictObject({ requestId: requestIdSchema, conversationId: idSchema, messageId: idSchema }),
  },
} as const;

type Channels = typeof reviewInvokeChannels;
type Request<C extends keyof Channels> = z.input<Channels[C]['request']>;
type Response<C extends keyof Channels> = z.output<Channels[C]['response']>;

export type ReviewSettings = z.infer<typeof reviewSettingsSchema>;
export type RatingPreview = z.infer<typeof ratingPreviewSchema>;
export type ReviewStats = z.infer<typeof reviewStatsSchema>;
export type DayStats = z.infer<typeof dayStatsSchema>;
export type ReviewGrade = z.infer<typeof gradeSchema>;

export interface ReviewApi {
  reviewQueue(deckId: number | null, limit: number): Promise<Response<'review:queue'>>;
  previewReview(cardId: number): Promise<Response<'review:preview'>>;
  rateCard(request: Request<'review:rate'>): Promise<Response<'review:rate'>>;
  undoReview(): Promise<Response<'review:undo'>>;
  reviewStats(days: number, deckId?: number | null): Promise<Response<'review:stats'>>;
  getReviewSettings(): Promise<Response<'review:getSettings'>>;
  setReviewSettings(patch: Request<'review:setSettings'>): Promise<Response<'review:setSettings'>>;
  explainCard(cardId: number): Promise<Response<'review:explain'>>;
}
