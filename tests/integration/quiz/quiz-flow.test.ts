// Quiz through the real app (SQLite, dispatcher, a forked model host with the tiny GGUF model and its
// LoRA, so the adapter's plain-text profile is used): the card's front without a model, a streamed model
// question with one, grading, and the confirmed rating logged as an ordinary review with FSRS updated.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../main/services/app/create-app';
import type { EventSink } from '../../../main/services/events';
import { ForkHostLauncher } from '../../../main/services/model-host';
import type { EventChannel, EventPayload } from '../../../preload/contract/channels';
import type { FlashCard } from '../../../preload/contract/features/flashcards';
import type { QuizAskResult, QuizGrade, QuizItem } from '../../../preload/contract/features/quiz';
import type { ReviewStats } from '../../../preload/contract/features/review';
import type { ModelStatus } from '../../../preload/contract/schemas';
import { ensureTinyModel } from '../../fixtures/tiny-llama';
import { callApp } from '../support/app-under-test';

class Recorder implements EventSink {
  readonly events: { channel: EventChannel; payload: unknown }[] = [];
  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    this.events.push({ channel, payload });
  }
  deltas(requestId: string): string {
    return this.events
      .filter((e) => e.channel === 'quiz:delta' && (e.payload as { requestId: string }).requestId === requestId)
      .map((e) => (e.payload as EventPayload<'quiz:delta'>).delta)
      .join('');
  }
  async waitFor<E extends 'quiz:question' | 'quiz:explanation'>(channel: E, requestId: string) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const found = this.events.find(
        (e) => e.channel === channel && (e.payload as { requestId: string }).requestId === requestId,
      );
      if (found) return found.payload as EventPayload<E>;
      if (Date.now() > deadline) throw new Error(`no ${channel} for ${requestId}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

const fixture = await ensureTinyModel();
const dir = await mkdtemp(join(tmpdir(), 'mea-quiz-'));
const events = new Recorder();
const app: App = createApp({
  dataDir: join(dir, 'data'),
  launcher: new ForkHostLauncher(),
  events,
  pickFile: async () => null,
  version: '0.0.0-test',
  threadCalibration: false,
});
const call = <T>(channel: string, payload: unknown) => callApp<T>(app, channel, payload);

afterAll(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

describe('quiz through the model host', () => {
  it('asks, grades and logs the confirmed rating as a review', async () => {
    const card = await call<FlashCard>('cards:create', {
      deckId: null,
      front: 'Drug of choice for absence seizures?',
      back: 'Ethosuximide',
    });
    const { items } = await call<{ items: QuizItem[] }>('quiz:queue', {
      source: { kind: 'due', deckId: null },
      limit: 10,
    });
    expect(items).toEqual([
      { cardId: card.id, deckId: card.deckId, format: 'text', front: 'Drug of choice for absence seizures?' },
    ]);

    // No model yet: the card's front is the question, at once.
    expect(await call<QuizAskResult>('quiz:ask', { cardId: card.id })).toMatchObject({
      status: 'ready',
      question: { source: 'card', text: 'Drug of choice for absence seizures?' },
    });

    await call('settings:update', {
      modelPath: fixture.modelPath,
      loraPath: fixture.loraPath,
      threads: 1,
      sampling: { temperature: 0, maxTokens: 16 },
    });
    const status = await call<ModelStatus>('model:load', {});
    expect(status).toMatchObject({ state: 'ready', profile: 'adapter' });

    const asked = await call<QuizAskResult>('quiz:ask', { cardId: card.id });
    if (asked.status !== 'generating') throw new Error('expected the model to write the question');
    const done = await events.waitFor('quiz:question', asked.requestId);
    // The tiny model writes random words: whether it is kept or refused, the model ran to the end (no
    // failure), and what was shown never names the answer.
    expect(['complete', 'rejected']).toContain(done.status);
    expect(done.question.text.length).toBeGreaterThan(0);
    expect(done.question.source === 'model' ? done.question.notice : done.question.text).toBe(
      done.question.source === 'model' ? null : 'Drug of choice for absence seizures?',
    );
    if (done.question.source === 'model') expect(events.deltas(asked.requestId).trim()).not.toBe('');
    expect(events.deltas(asked.requestId)).not.toMatch(/ethosux/i);

    const graded = await call<QuizGrade>('quiz:grade', { cardId: card.id, answer: 'ethosuximide', durationMs: 9000 });
    expect(graded).toMatchObject({ verdict: 'correct', exact: true, proposal: { rating: 4 }, back: 'Ethosuximide' });

    const before = Date.now();
    await call('review:rate', { cardId: card.id, rating: graded.proposal.rating, durationMs: 9000 });
    const stored = await call<FlashCard>('cards:get', { id: card.id });
    expect(stored).toMatchObject({ reps: 1, state: 2 });
    expect(stored.due).toBeGreaterThan(before + 24 * 60 * 60 * 1000);
    // The interval the Easy button showed (previewed a moment before rating).
    const easy = graded.previews.find((p) => p.rating === 4)?.due ?? 0;
    expect(Math.abs(stored.due - easy)).toBeLessThan(60_000);
    const stats = await call<ReviewStats>('review:stats', { days: 1 });
    expect(stats.today).toMatchObject({ reviewed: 1, newLearned: 1, dueLeft: 0 });
    expect(
      (await call<{ items: QuizItem[] }>('quiz:queue', { source: { kind: 'due', deckId: null }, limit: 10 })).items,
    ).toEqual([]);

    // The model's comment streams and ends; it does not touch the grade or the schedule.
    const { requestId } = await call<{ requestId: string }>('quiz:explain', {
      cardId: card.id,
      answer: 'ethosuximide',
    });
    const comment = await events.waitFor('quiz:explanation', requestId);
    expect(comment).toMatchObject({ status: 'complete', error: null });
    expect(comment.text).toBe(events.deltas(requestId));
    expect(await call<FlashCard>('cards:get', { id: card.id })).toEqual(stored);
  });
});
