// Review through the real app's dispatcher on a temp database: queue, preview, rate, stats, settings,
// and "Explain", which asks the tiny model (in the model host process) a new chat question.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { App } from '../../../main/services/app/create-app';
import type { FlashCard } from '../../../preload/contract/features/flashcards';
import type { RatingPreview, ReviewStats } from '../../../preload/contract/features/review';
import type { ModelStatus } from '../../../preload/contract/schemas';
import { ensureTinyModel } from '../../fixtures/tiny-llama';
import { callApp, ChatDoneRecorder, startTestApp } from '../support/app-under-test';

const fixture = await ensureTinyModel();
const dir = await mkdtemp(join(tmpdir(), 'mea-review-'));
const events = new ChatDoneRecorder();
let app: App | undefined;

function start(): App {
  app = startTestApp(join(dir, 'data'), events);
  return app;
}

function dispatch(channel: string, payload: unknown) {
  if (!app) throw new Error('app not started');
  return app.dispatcher.dispatch(channel, payload);
}

function call<T>(channel: string, payload: unknown): Promise<T> {
  if (!app) throw new Error('app not started');
  return callApp<T>(app, channel, payload);
}

afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('review channels', () => {
  it('reviews a card, records it in the stats, keeps it across a restart, and explains it via chat', async () => {
    start();
    const card = await call<FlashCard>('cards:create', { deckId: null, front: 'Normal serum K+?', back: '3.5–5.0' });
    const queue = await call<{ cards: FlashCard[]; dueCount: number }>('review:queue', { deckId: null, limit: 20 });
    expect(queue.cards.map((c) => c.id)).toEqual([card.id]);
    expect(queue.dueCount).toBe(1);

    const previews = await call<RatingPreview[]>('review:preview', { cardId: card.id });
    expect(previews.map((p) => p.intervalMs)).toEqual([60_000, 6 * 60_000, 10 * 60_000, expect.any(Number)]);
    expect(await dispatch('review:rate', { cardId: card.id, rating: 5, durationMs: 10 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
    expect(await dispatch('review:setSettings', { desiredRetention: 1.5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
    expect(await call('review:setSettings', { desiredRetention: 0.85 })).toEqual({
      desiredRetention: 0.85,
      newCardsPerDay: 20,
    });

    const rated = await call<{ card: FlashCard; next: FlashCard | null }>('review:rate', {
      cardId: card.id,
      rating: 4,
      durationMs: 3000,
    });
    expect(rated.next).toBeNull();
    // Previewed at retention 0.9, rated at 0.85: the lower target gives a longer interval.
    expect(rated.card.due).toBeGreaterThan(previews[3]!.due + 24 * 60 * 60 * 1000);
    expect(rated.card.due).toBeGreaterThan(Date.now() + 12 * 60 * 60 * 1000);
    expect(await call('review:queue', { deckId: null, limit: 20 })).toEqual({
      cards: [],
      dueCount: 0,
      nextDueAt: rated.card.due,
    });
    const stats = await call<ReviewStats>('review:stats', { days: 30 });
    expect(stats.today).toEqual({ reviewed: 1, again: 0, newLearned: 1, dueLeft: 0 });

    // Nothing loaded yet: Explain says so instead of failing silently.
    expect(await dispatch('review:explain', { cardId: card.id })).toMatchObject({
      ok: false,
      error: { code: 'model_unavailable' },
    });

    await app!.close();
    app = undefined;
    start();
    expect(await call('cards:get', { id: card.id })).toEqual(rated.card);
    expect((await call<ReviewStats>('review:stats', { days: 7 })).today.reviewed).toBe(1);
    expect((await call<{ desiredRetention: number }>('review:getSettings', {})).desiredRetention).toBe(0.85);

    await call('settings:update', { threads: 1, sampling: { maxTokens: 8 } });
    await call('library:importFile', { kind: 'model', path: fixture.modelPath });
    expect((await call<ModelStatus>('model:load', {})).state).toBe('ready');
    const explained = await call<{ requestId: string; conversationId: number; messageId: number }>('review:explain', {
      cardId: card.id,
    });
    const done = await events.waitFor(explained.requestId);
    expect(done.conversationId).toBe(explained.conversationId);
    const messages = await call<{ role: string; content: string }[]>('messages:list', {
      conversationId: explained.conversationId,
    });
    expect(messages[0]).toMatchObject({
      id: explained.messageId,
      role: 'user',
      content: "Explain why the answer to 'Normal serum K+?' is '3.5–5.0'.",
    });
    expect(messages[1]).toMatchObject({ role: 'assistant' });
  });
});
