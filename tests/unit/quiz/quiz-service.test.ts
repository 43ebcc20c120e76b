// QuizService over a real database and a scripted model: which cards a quiz takes, the model's question
// (streamed, stopped, failed, rejected when it names the answer), the front without a model, and grading
// that reveals the back with the rating it proposes.
import { beforeEach, describe, expect, it } from 'vitest';
import type { AnswerGenerator } from '../../../main/services/chat/chat-service';
import type { EventSink } from '../../../main/services/events';
import type { GenerateInput } from '../../../main/services/model/model-service';
import type { GenerateResult } from '../../../main/services/model-host';
import { QuizService } from '../../../main/services/quiz';
import { eventChannels, type EventChannel, type EventPayload } from '../../../preload/contract/channels';
import { ApiError } from '../../../preload/contract/envelope';
import type { AdapterChoice } from '../../../preload/contract/schemas';
import { useReview, type ReviewHarness } from '../review/helpers';

class Sink implements EventSink {
  readonly events: { channel: EventChannel; payload: unknown }[] = [];
  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    // Every event the service sends must be what the contract promises the renderer.
    eventChannels[channel].parse(payload);
    this.events.push({ channel, payload });
  }
  deltas(requestId: string): string {
    return this.events
      .filter((e) => e.channel === 'quiz:delta')
      .map((e) => e.payload as EventPayload<'quiz:delta'>)
      .filter((p) => p.requestId === requestId)
      .map((p) => p.delta)
      .join('');
  }
  async waitFor<E extends 'quiz:question' | 'quiz:explanation'>(
    channel: E,
    requestId: string,
  ): Promise<EventPayload<E>> {
    for (;;) {
      const found = this.events.find(
        (e) => e.channel === channel && (e.payload as { requestId: string }).requestId === requestId,
      );
      if (found) return found.payload as EventPayload<E>;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }
}

/** Streams the scripted reply a word per tick; can be unloaded, made to fail, or made to wait for Stop. */
class ScriptedModel implements AnswerGenerator {
  ready = true;
  reply = 'Which drug is first line for absence seizures?';
  fail = false;
  untilStopped = false;
  readonly calls: GenerateInput[] = [];

  requireActiveModel() {
    if (!this.ready) throw new ApiError('model_unavailable', 'No model is ready. Load a model in Settings.');
    return { modelName: 'tiny', profile: 'adapter' as const };
  }
  defaultAdapterChoice(): AdapterChoice {
    return { enabled: true, scale: 1 };
  }
  async generate(
    input: GenerateInput,
    options: { requestId: string; signal: AbortSignal; onDelta: (text: string) => void },
  ): Promise<GenerateResult> {
    this.calls.push(input);
    let text = '';
    const words = this.reply.split(/(?<= )/);
    for (let i = 0; this.untilStopped || i < words.length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (options.signal.aborted) break;
      if (this.fail && i === 1) throw new Error('model host crashed');
      const word = words[i % words.length] ?? '';
      text += word;
      options.onDelta(word);
    }
    const stopReason = options.signal.aborted ? 'abort' : 'eos';
    return {
      text,
      stopReason,
      tokens: 3,
      evaluatedTokens: 3,
      tokensPerSecond: 10,
      timeToFirstTokenMs: 1,
      profile: 'adapter',
    };
  }
}

const setup = useReview();
let h: ReviewHarness;
let model: ScriptedModel;
let sink: Sink;
let quiz: QuizService;
let cardId: number;

beforeEach(() => {
  h = setup();
  model = new ScriptedModel();
  sink = new Sink();
  quiz = new QuizService({
    flashcards: h.service,
    review: h.review,
    generator: model,
    events: sink,
    now: h.clock.now,
    deltaIntervalMs: 0,
  });
  cardId = h.addCard('Drug of choice for absence seizures?', 'Ethosuximide');
});

async function question(id = cardId) {
  const asked = quiz.ask(id);
  if (asked.status !== 'generating') throw new Error('expected a model question');
  return { requestId: asked.requestId, done: await sink.waitFor('quiz:question', asked.requestId) };
}

describe('QuizService.queue', () => {
  it('takes the due queue, or a whole deck soonest due first, and never sends the back', () => {
    const later = h.addCard('Normal serum sodium?', '135–145 mmol/L');
    h.review.rate(later, 4); // Easy: due in days, so out of the due queue
    const due = quiz.queue({ kind: 'due', deckId: null }, 10).items;
    expect(due.map((item) => item.cardId)).toEqual([cardId]);
    const deckId = h.service.getCard(cardId).deckId;
    const deck = quiz.queue({ kind: 'deck', deckId }, 10).items;
    expect(deck.map((item) => item.cardId)).toEqual([cardId, later]);
    expect(deck[0]).toEqual({ cardId, deckId, format: 'text', front: 'Drug of choice for absence seizures?' });
    expect(JSON.stringify(deck)).not.toMatch(/Ethosuximide|135/);
  });

  it('hides a text cloze card’s deletion in the front it sends', () => {
    const cloze = h.service.createCard({
      deckId: h.service.getCard(cardId).deckId,
      front: 'The {{c1::SA node}} sets the rate',
      back: '',
      noteType: 'cloze',
    });
    const items = quiz.queue({ kind: 'due', deckId: null }, 10).items;
    expect(items.find((item) => item.cardId === cloze.id)?.front).toBe('The [...] sets the rate');
  });
});

describe('QuizService.ask', () => {
  it('has the model rephrase the front (never given the back) and streams it', async () => {
    const { requestId, done } = await question();
    expect(done).toEqual({
      requestId,
      status: 'complete',
      question: { cardId, text: 'Which drug is first line for absence seizures?', source: 'model', notice: null },
      error: null,
    });
    expect(sink.deltas(requestId)).toBe('Which drug is first line for absence seizures?');
    expect(model.calls[0]).toMatchObject({ sessionKey: 'quiz', scratch: true, history: [], maxTokens: 64 });
    expect(model.calls[0]?.prompt).toContain('Drug of choice for absence seizures?');
    expect(model.calls[0]?.prompt).not.toMatch(/ethosuximide/i);
  });

  it('without a model, asks the front at once and says why', () => {
    model.ready = false;
    expect(quiz.ask(cardId)).toEqual({
      status: 'ready',
      question: { cardId, text: 'Drug of choice for absence seizures?', source: 'card', notice: 'noModel' },
    });
    expect(model.calls).toHaveLength(0);
  });

  it('rejects a question that names the answer, stops writing it, and shows none of it', async () => {
    model.reply = 'Is ethosuximide the first choice for absence seizures?';
    const { requestId, done } = await question();
    expect(done).toMatchObject({
      status: 'rejected',
      question: { text: 'Drug of choice for absence seizures?', source: 'card', notice: 'leaked' },
    });
    expect(sink.deltas(requestId)).toBe('Is ');
  });

  it('falls back to the front when generation fails or is stopped', async () => {
    model.fail = true;
    expect((await question()).done).toMatchObject({
      status: 'failed',
      question: { source: 'card', notice: 'failed' },
      error: expect.any(String),
    });
    model.fail = false;
    model.untilStopped = true;
    const asked = quiz.ask(cardId);
    if (asked.status !== 'generating') throw new Error('expected a model question');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(quiz.stop(asked.requestId)).toEqual({ stopped: true });
    expect(await sink.waitFor('quiz:question', asked.requestId)).toMatchObject({
      status: 'stopped',
      question: { source: 'card', text: 'Drug of choice for absence seizures?', notice: 'stopped' },
    });
    expect(quiz.stop(asked.requestId)).toEqual({ stopped: false });
  });

  it('refuses a reply that is not a question', async () => {
    model.reply = '\n\n';
    expect((await question()).done).toMatchObject({ status: 'rejected', question: { notice: 'unusable' } });
  });
});

describe('QuizService.grade and explain', () => {
  it('grades without the model and reveals the back with the proposed rating and intervals', () => {
    const graded = quiz.grade(cardId, 'ethosuximid', 8000);
    expect(graded).toMatchObject({
      verdict: 'correct',
      matched: ['ethosuximide'],
      missed: [],
      proposal: { rating: 4 },
      back: 'Ethosuximide',
      format: 'text',
    });
    expect(graded.previews.map((p) => p.intervalMs)).toEqual([60_000, 6 * 60_000, 10 * 60_000, expect.any(Number)]);
    expect(model.calls).toHaveLength(0);
    expect(quiz.grade(cardId, 'valproate', 8000)).toMatchObject({ verdict: 'incorrect', proposal: { rating: 1 } });
  });

  it('streams the model’s comment, which has the answer and the student’s words', async () => {
    model.reply = 'Right drug.';
    const { requestId } = quiz.explain(cardId, 'ethosuximide');
    const done = await sink.waitFor('quiz:explanation', requestId);
    expect(done).toEqual({ requestId, status: 'complete', text: 'Right drug.', error: null });
    expect(model.calls[0]?.prompt).toContain('Ethosuximide');
    expect(model.calls[0]?.prompt).toContain('The student answered: "ethosuximide"');
  });

  it('explain needs a model', () => {
    model.ready = false;
    expect(() => quiz.explain(cardId, 'x')).toThrow(/No model is ready/);
  });
});
