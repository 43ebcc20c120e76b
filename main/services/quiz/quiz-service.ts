// Quiz mode: picks the cards, has the model (this computer's, or the default server's) rephrase each card's front as a question (streamed,
// cancellable, checked for leaks, the front itself when there is no usable question), grades typed
// answers without the model, and streams the model's optional comment on an answer. The rating the
// student confirms goes through review:rate, so it is an ordinary review.
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../preload/contract/envelope';
import type {
  QuizAskResult,
  QuizGrade,
  QuizItem,
  QuizNotice,
  QuizQuestion,
  QuizQuestionEvent,
  QuizSource,
} from '../../../preload/contract/features/quiz';
import type { AnswerGenerator } from '../chat/chat-service';
import type { EventSink } from '../events';
import type { Card, FlashcardService } from '../flashcards';
import type { ReviewService } from '../review';
import type { Clock } from '../store/types';
import { DeltaCoalescer } from '../streaming/delta-coalescer';
import { quizSides, type QuizSides } from './card-sides';
import { gradeAnswer } from './grade-answer';
import { proposeRating } from './propose-rating';
import { answerWords, cleanQuestion, explanationPrompt, leakedTerms, LeakGuard, questionPrompt } from './question-text';

export interface QuizServiceDeps {
  flashcards: Pick<FlashcardService, 'getCard' | 'dueCards'>;
  review: Pick<ReviewService, 'queue' | 'preview'>;
  /** The model side chat uses (ModelService in the app): same prompt profile, same host. */
  generator: AnswerGenerator;
  events: EventSink;
  now?: Clock;
  /** How often token deltas are sent to the renderer. */
  deltaIntervalMs?: number;
  /** The engine that writes questions and comments (the settings' default: a server id, or null); absent: this computer. */
  defaultEngine?: () => string | null;
}

/** Short answers: a question is one sentence, a comment two. */
const QUESTION_MAX_TOKENS = 64;
const EXPLANATION_MAX_TOKENS = 160;
const SESSION_KEY = 'quiz';
/** A deck quiz looks this far ahead, so every card of the deck is in it, soonest due first. */
const DECK_HORIZON_MS = 100 * 365 * 24 * 60 * 60 * 1000;

interface Running {
  controller: AbortController;
  done: Promise<void>;
}

export class QuizService {
  private readonly running = new Map<string, Running>();
  private readonly now: Clock;
  private readonly deltaIntervalMs: number;
  private readonly defaultEngine: () => string | null;

  constructor(private readonly deps: QuizServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.deltaIntervalMs = deps.deltaIntervalMs ?? 16;
    this.defaultEngine = deps.defaultEngine ?? (() => null);
  }

  /** The cards of a quiz, fronts only. */
  queue(source: QuizSource, limit: number): { items: QuizItem[] } {
    const now = this.now();
    const cards =
      source.kind === 'due'
        ? this.deps.review.queue(source.deckId, limit, now).cards
        : this.deps.flashcards.dueCards(source.deckId, now + DECK_HORIZON_MS, limit);
    return { items: cards.map(toItem) };
  }

  /**
   * Starts the question for a card. Without a model the card's front is the question, at once; with
   * one, the question streams (quiz:delta) and ends in quiz:question. A question already being written
   * is stopped: the student has moved on.
   */
  ask(cardId: number): QuizAskResult {
    const card = this.deps.flashcards.getCard(cardId);
    const sides = quizSides(card);
    const engine = this.defaultEngine();
    try {
      this.deps.generator.requireActiveModel(this.deps.generator.defaultAdapterChoice(), engine);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'model_unavailable') {
        return { status: 'ready', question: fromCard(card, sides, 'noModel') };
      }
      throw error;
    }
    this.stopAll();
    const requestId = randomUUID();
    this.start(requestId, (signal) => this.writeQuestion(requestId, { card, sides, engine }, signal));
    return { status: 'generating', requestId };
  }

  /** Grades an answer with no model and reveals the card's back, with the rating it suggests. */
  grade(cardId: number, answer: string, durationMs: number | null): QuizGrade {
    const card = this.deps.flashcards.getCard(cardId);
    const grade = gradeAnswer(quizSides(card), answer);
    return {
      ...grade,
      proposal: proposeRating(grade, durationMs),
      back: card.back,
      format: card.format,
      previews: this.deps.review.preview(cardId, this.now()),
    };
  }

  /** Streams the model's comment on a graded answer (quiz:delta, then quiz:explanation). */
  explain(cardId: number, answer: string): { requestId: string } {
    const sides = quizSides(this.deps.flashcards.getCard(cardId));
    const engine = this.defaultEngine();
    this.deps.generator.requireActiveModel(this.deps.generator.defaultAdapterChoice(), engine);
    this.stopAll();
    const requestId = randomUUID();
    this.start(requestId, (signal) => this.writeExplanation(requestId, { sides, engine }, answer, signal));
    return { requestId };
  }

  stop(requestId: string): { stopped: boolean } {
    const entry = this.running.get(requestId);
    if (!entry) return { stopped: false };
    entry.controller.abort();
    return { stopped: true };
  }

  /** Whether quiz questions or grading are being generated now. */
  isRunning(): boolean {
    return this.running.size > 0;
  }

  async dispose(): Promise<void> {
    const entries = [...this.running.values()];
    this.stopAll();
    await Promise.all(entries.map((entry) => entry.done));
  }

  private stopAll(): void {
    for (const entry of this.running.values()) entry.controller.abort();
  }

  private start(requestId: string, work: (signal: AbortSignal) => Promise<void>): void {
    const controller = new AbortController();
    const entry: Running = { controller, done: Promise.resolve() };
    this.running.set(requestId, entry);
    // Next turn of the event loop: the caller's reply (with the request id) goes out before any delta.
    entry.done = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => work(controller.signal))
      .finally(() => this.running.delete(requestId));
  }

  private async writeQuestion(
    requestId: string,
    { card, sides, engine }: { card: Card; sides: QuizSides; engine: string | null },
    signal: AbortSignal,
  ): Promise<void> {
    const guard = new LeakGuard(sides);
    const batcher = this.batcher(requestId);
    let event: QuizQuestionEvent;
    try {
      const ask = { prompt: questionPrompt(sides), maxTokens: QUESTION_MAX_TOKENS, engine };
      const result = await this.generate(requestId, ask, signal, (delta) => {
        const safe = guard.push(delta);
        if (safe !== '') batcher.push(safe);
        // No point writing on once the answer is out: the card's front will be asked.
        if (guard.leaked) this.stop(requestId);
      });
      event = { requestId, ...this.questionFrom(result.text, card, sides, guard, signal.aborted), error: null };
    } catch (error) {
      // Whatever failed (host restart, model unloaded, a server), the card itself is still a question to ask.
      const stopped = signal.aborted && !guard.leaked;
      const failed = !guard.leaked && !stopped;
      event = {
        requestId,
        status: guard.leaked ? 'rejected' : stopped ? 'stopped' : 'failed',
        question: fromCard(card, sides, guard.leaked ? 'leaked' : stopped ? 'stopped' : 'failed'),
        error: failed ? (error instanceof Error ? error.message : String(error)) : null,
      };
    }
    batcher.flush();
    this.deps.events.emit('quiz:question', event);
  }

  /** The model's reply as the question to ask, or the card's front and why. */
  private questionFrom(
    text: string,
    card: Card,
    sides: QuizSides,
    guard: LeakGuard,
    aborted: boolean,
  ): Omit<QuizQuestionEvent, 'requestId' | 'error'> {
    if (guard.leaked) return { status: 'rejected', question: fromCard(card, sides, 'leaked') };
    if (aborted) return { status: 'stopped', question: fromCard(card, sides, 'stopped') };
    const question = cleanQuestion(text);
    if (question === null) return { status: 'rejected', question: fromCard(card, sides, 'unusable') };
    if (leakedTerms(question, answerWords(sides)).length > 0) {
      return { status: 'rejected', question: fromCard(card, sides, 'leaked') };
    }
    return { status: 'complete', question: { cardId: card.id, text: question, source: 'model', notice: null } };
  }

  private async writeExplanation(
    requestId: string,
    { sides, engine }: { sides: QuizSides; engine: string | null },
    answer: string,
    signal: AbortSignal,
  ): Promise<void> {
    const batcher = this.batcher(requestId);
    let text = '';
    let event;
    try {
      const ask = { prompt: explanationPrompt(sides, answer), maxTokens: EXPLANATION_MAX_TOKENS, engine };
      const result = await this.generate(requestId, ask, signal, (delta) => {
        text += delta;
        batcher.push(delta);
      });
      const status = signal.aborted || result.stopReason === 'abort' ? 'stopped' : 'complete';
      event = { requestId, status, text: result.text, error: null } as const;
    } catch (error) {
      const status = signal.aborted ? 'stopped' : 'failed';
      event = { requestId, status, text, error: error instanceof Error ? error.message : String(error) } as const;
    }
    batcher.flush();
    this.deps.events.emit('quiz:explanation', event);
  }

  /** One-off answer on the scratch sequence, so no conversation's cached session is evicted. */
  private generate(
    requestId: string,
    { prompt, maxTokens, engine }: { prompt: string; maxTokens: number; engine: string | null },
    signal: AbortSignal,
    onDelta: (delta: string) => void,
  ) {
    const { generator } = this.deps;
    return generator.generate(
      {
        sessionKey: SESSION_KEY,
        history: [],
        prompt,
        scratch: true,
        maxTokens,
        adapter: generator.defaultAdapterChoice(),
        engine,
      },
      { requestId, signal, onDelta },
    );
  }

  private batcher(requestId: string): DeltaCoalescer {
    return new DeltaCoalescer((delta) => this.deps.events.emit('quiz:delta', { requestId, delta }), {
      intervalMs: this.deltaIntervalMs,
    });
  }
}

function toItem(card: Card): QuizItem {
  // Text cards show their prompt (cloze deletions hidden); rendered notes show their question side.
  const front = card.format === 'html' ? card.front : quizSides(card).prompt;
  return { cardId: card.id, deckId: card.deckId, format: card.format, front };
}

/** The card's own front, with why it is asked instead of a model question. */
function fromCard(card: Card, sides: QuizSides, notice: QuizNotice): QuizQuestion {
  return { cardId: card.id, text: sides.prompt, source: 'card', notice };
}
