// A card saved from a real chat answer (tiny model in the model host process), found again by
// full-text search over cards and chat history, and still there after the app restarts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { App } from '../../../main/services/app/create-app';
import type { FlashCard } from '../../../preload/contract/features/flashcards';
import type { ModelStatus } from '../../../preload/contract/schemas';
import { ensureTinyModel } from '../../fixtures/tiny-llama';
import { callApp, ChatDoneRecorder, startTestApp } from '../support/app-under-test';

const fixture = await ensureTinyModel();
const dir = await mkdtemp(join(tmpdir(), 'mea-cards-'));
const events = new ChatDoneRecorder();
let app: App | undefined;

function start(): App {
  app = startTestApp(join(dir, 'data'), events);
  return app;
}

function call<T>(channel: string, payload: unknown): Promise<T> {
  if (!app) throw new Error('app not started');
  return callApp<T>(app, channel, payload);
}

afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('save a card from a chat answer', () => {
  it('links the card to the answer, finds both by search, and keeps them across a restart', async () => {
    start();
    await call('settings:update', { threads: 1, sampling: { maxTokens: 8 } });
    await call('library:importFile', { kind: 'model', path: fixture.modelPath });
    expect((await call<ModelStatus>('model:load', {})).state).toBe('ready');

    const question = 'What is hypokalemia?';
    const { requestId } = await call<{ requestId: string }>('chat:send', { conversationId: null, text: question });
    const done = await events.waitFor(requestId);
    const answerText = done.message.content.trim() || '(empty answer)';

    const card = await call<FlashCard>('cards:create', {
      deckId: null,
      front: question,
      back: answerText,
      tags: ['electrolytes'],
      sourceMessageId: done.message.id,
    });
    expect(card).toMatchObject({ front: question, sourceMessageId: done.message.id, state: 0 });
    const duplicate = await app!.dispatcher.dispatch('cards:create', { deckId: null, front: question, back: 'x' });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const history = await call<{ messageId: number; role: string }[]>('history:search', { query: 'hypokal' });
    expect(history).toContainEqual(expect.objectContaining({ role: 'user' }));
    expect((await call<{ cardId: number }[]>('cards:search', { query: 'hypokal' })).map((hit) => hit.cardId)).toEqual([
      card.id,
    ]);

    await app!.close();
    app = undefined;
    start();
    expect(await call('cards:get', { id: card.id })).toEqual(card);
    expect(await call('decks:getLast', {})).toEqual({ deckId: card.deckId });
    expect(await call('decks:list', {})).toEqual([expect.objectContaining({ name: 'Inbox', total: 1, due: 1 })]);
  });
});
