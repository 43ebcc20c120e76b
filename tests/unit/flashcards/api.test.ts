// The flashcard channels end to end through the dispatcher: payload checks, responses, error codes.
import { describe, expect, it } from 'vitest';
import { Dispatcher, type InvokeHandlers } from '../../../main/services/api/dispatcher';
import { flashcardsHandlers } from '../../../main/services/api/handlers/flashcards';
import type { Envelope } from '../../../preload/contract/envelope';
import { useFlashcards } from './helpers';

const setup = useFlashcards();

function dispatcher() {
  const { service } = setup();
  // Only this feature's handlers: a call to another feature's channel would be a test bug.
  const handlers = flashcardsHandlers(service) as unknown as InvokeHandlers;
  const errors: unknown[] = [];
  const api = new Dispatcher(handlers, { error: (_message, error) => errors.push(error) });
  const call = (channel: string, payload: unknown) => api.dispatch(channel, payload);
  const ok = async <T>(channel: string, payload: unknown): Promise<T> => {
    const envelope = (await call(channel, payload)) as Envelope<T>;
    if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`);
    return envelope.value;
  };
  return { call, ok, errors };
}

describe('flashcard channels', () => {
  it('saves a card into the Inbox, lists it, and reports the deck counts', async () => {
    const { ok, errors } = dispatcher();
    const card = await ok<{ id: number; deckId: number }>('cards:create', {
      deckId: null,
      front: 'What is hypokalemia?',
      back: 'Serum potassium below 3.5 mmol/L',
      tags: ['electrolytes'],
    });
    expect(await ok('decks:getLast', {})).toEqual({ deckId: card.deckId });
    expect(await ok('decks:list', {})).toEqual([
      expect.objectContaining({ id: card.deckId, name: 'Inbox', total: 1, due: 1, new: 1 }),
    ]);
    const page = await ok<{ total: number; cards: { id: number }[] }>('cards:list', {
      deckId: card.deckId,
      offset: 0,
      limit: 100,
    });
    expect(page.total).toBe(1);
    expect(page.cards.map((c) => c.id)).toEqual([card.id]);
    expect(await ok('cards:search', { query: 'hypok' })).toEqual([expect.objectContaining({ cardId: card.id })]);
    expect(await ok('cards:due', { deckId: null })).toEqual([expect.objectContaining({ id: card.id })]);
    expect(await ok('tags:list', {})).toEqual([{ tag: 'electrolytes', cards: 1 }]);
    expect(errors).toEqual([]);
  });

  it('answers conflict for a duplicate front, not_found for a missing deck, invalid_payload for bad input', async () => {
    const { call, ok, errors } = dispatcher();
    const deck = await ok<{ id: number }>('decks:create', { name: 'Renal' });
    await ok('cards:create', { deckId: deck.id, front: 'GFR?', back: 'Filtration rate' });
    const duplicate = await call('cards:create', { deckId: deck.id, front: ' gfr? ', back: 'Again' });
    expect(duplicate).toEqual({ ok: false, error: { code: 'conflict', message: expect.stringContaining('card 1') } });
    expect(await call('decks:create', { name: 'renal' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call('cards:create', { deckId: 77, front: 'Q', back: 'A' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'No deck with id 77' },
    });
    expect(await call('cards:create', { deckId: deck.id, front: '   ', back: 'A' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload', message: 'Front must not be empty' },
    });
    expect(await call('cards:list', { deckId: deck.id, offset: 0, limit: 501 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
    expect(await call('cards:create', { deckId: deck.id, front: 'x'.repeat(20_481), back: 'A' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
    expect(errors).toEqual([]);
  });

  it('deletes a deck and restores it with its cards (undo)', async () => {
    const { ok } = dispatcher();
    const deck = await ok<{ id: number }>('decks:create', { name: 'Pharm' });
    const card = await ok<{ id: number }>('cards:create', { deckId: deck.id, front: 'Q', back: 'A' });
    expect(await ok('decks:delete', { id: deck.id })).toMatchObject({ id: deck.id, cards: 1 });
    expect(await ok('decks:list', {})).toEqual([]);
    await ok('decks:restore', { id: deck.id });
    expect(await ok('cards:get', { id: card.id })).toMatchObject({ id: card.id, deckId: deck.id });
  });
});
