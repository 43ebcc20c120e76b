// Quiz: the model asks about a card (never showing its back), the app grades the typed answer, and the
// rating the student confirms is logged through review:rate like any review.
import { z } from 'zod';
import { idSchema, requestIdSchema } from '../schemas';
import { textSchema } from '../text';
import { cardFormatSchema } from './flashcards';
import { ratingPreviewSchema } from './review';

/** Longest typed answer graded; a card's answer is far shorter. */
export const QUIZ_ANSWER_MAX_CHARS = 4000;

const durationSchema = z
  .number()
  .int()
  .min(0)
  .max(24 * 60 * 60 * 1000);

export const quizSourceSchema = z.discriminatedUnion('kind', [
  /** The review queue (learning, due, today's new cards), of one deck or all decks. */
  z.strictObject({ kind: z.literal('due'), deckId: idSchema.nullable() }),
  /** Every card of a deck that is not suspended, soonest due first. */
  z.strictObject({ kind: z.literal('deck'), deckId: idSchema }),
]);

/** A card to quiz on, without its back: the renderer gets the answer only once the student has answered. */
export const quizItemSchema = z.strictObject({
  cardId: idSchema,
  deckId: idSchema,
  format: cardFormatSchema,
  /** The card's question side (cloze deletions hidden), shown when the model's question is not used. */
  front: z.string(),
});

/** Why the card's front is asked instead of a model question (the renderer words it in the UI language). */
export const quizNoticeSchema = z.enum(['noModel', 'failed', 'stopped', 'leaked', 'unusable']);

/** Why a rating is proposed (the renderer words it in the UI language). */
export const proposalReasonSchema = z.enum([
  'notRecalled',
  'partlyRecalled',
  'completeQuickly',
  'complete',
  'essentials',
]);

export const quizQuestionSchema = z.strictObject({
  cardId: idSchema,
  /** Plain text of the question asked. */
  text: z.string(),
  /** 'model': the model's rephrasing; 'card': the card's own front. */
  source: z.enum(['model', 'card']),
  /** Why the card's front is shown instead of a model question (no model, stopped, failed, gave the answer away). */
  notice: quizNoticeSchema.nullable(),
});

export const quizGradeSchema = z.strictObject({
  verdict: z.enum(['correct', 'partly', 'incorrect']),
  exact: z.boolean(),
  score: z.number().min(0).max(1),
  matched: z.array(z.string()),
  missed: z.array(z.string()),
  proposal: z.strictObject({ rating: ratingPreviewSchema.shape.rating, reason: proposalReasonSchema }),
  /** The card's back as stored (shown now that the student has answered). */
  back: z.string(),
  format: cardFormatSchema,
  previews: z.array(ratingPreviewSchema),
});

export const quizInvokeChannels = {
  'quiz:queue': {
    request: z.strictObject({ source: quizSourceSchema, limit: z.number().int().min(1).max(200) }),
    response: z.strictObject({ items: z.array(quizItemSchema) }),
  },
  /** Starts the question for a card: streamed (watch quiz:delta/quiz:question) or, without a model, ready now. */
  'quiz:ask': {
    request: z.strictObject({ cardId: idSchema }),
    response: z.discriminatedUnion('status', [
      z.strictObject({ status: z.literal('generating'), requestId: requestIdSchema }),
      z.strictObject({ status: z.literal('ready'), question: quizQuestionSchema }),
    ]),
  },
  /** Stops a question or explanation being written. */
  'quiz:stop': {
    request: z.strictObject({ requestId: requestIdSchema }),
    response: z.strictObject({ stopped: z.boolean() }),
  },
  /** Grades the answer (no model involved) and reveals the back, with a proposed rating. */
  'quiz:grade': {
    request: z.strictObject({
      cardId: idSchema,
      answer: textSchema(QUIZ_ANSWER_MAX_CHARS),
      durationMs: durationSchema.nullable(),
    }),
    response: quizGradeSchema,
  },
  /** The model's comment on a graded answer (quiz:delta, then quiz:explanation); it never changes the grade. */
  'quiz:explain': {
    request: z.strictObject({ cardId: idSchema, answer: textSchema(QUIZ_ANSWER_MAX_CHARS) }),
    response: z.strictObject({ requestId: requestIdSchema }),
  },
} as const;

export const quizEventChannels = {
  'quiz:delta': z.strictObject({ requestId: requestIdSchema, delta: z.string() }),
  'quiz:question': z.strictObject({
    requestId: requestIdSchema,
    status: z.enum(['complete', 'stopped', 'failed', 'rejected']),
    question: quizQuestionSchema,
    /** Why the model's question failed ('failed': e.g. which server and why); null otherwise. */
    error: z.string().nullable(),
  }),
  'quiz:explanation': z.strictObject({
    requestId: requestIdSchema,
    status: z.enum(['complete', 'stopped', 'failed']),
    text: z.string(),
    error: z.string().nullable(),
  }),
} as const;

type Channels = typeof quizInvokeChannels;
type Response<C extends keyof Channels> = z.output<Channels[C]['response']>;
type Event<E extends keyof typeof quizEventChannels> = z.output<(typeof quizEventChannels)[E]>;

export type QuizSource = z.infer<typeof quizSourceSchema>;
export type QuizItem = z.infer<typeof quizItemSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type QuizGrade = z.infer<typeof quizGradeSchema>;
export type QuizNotice = z.infer<typeof quizNoticeSchema>;
export type ProposalReason = z.infer<typeof proposalReasonSchema>;
export type QuizAskResult = Response<'quiz:ask'>;
export type QuizQuestionEvent = Event<'quiz:question'>;
export type QuizExplanationEvent = Event<'quiz:explanation'>;

export interface QuizApi {
  quizQueue(source: QuizSource, limit: number): Promise<Response<'quiz:queue'>>;
  askQuizQuestion(cardId: number): Promise<Response<'quiz:ask'>>;
  stopQuiz(requestId: string): Promise<Response<'quiz:stop'>>;
  gradeQuizAnswer(cardId: number, answer: string, durationMs: number | null): Promise<Response<'quiz:grade'>>;
  explainQuizAnswer(cardId: number, answer: string): Promise<Response<'quiz:explain'>>;
  onQuizDelta(listener: (event: Event<'quiz:delta'>) => void): () => void;
  onQuizQuestion(listener: (event: QuizQuestionEvent) => void): () => void;
  onQuizExplanation(listener: (event: QuizExplanationEvent) => void): () => void;
}
