// MakeCardsService: grammar answer read as cards, fallback to free text + parser, dedupe, save many.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../preload/contract/envelope';
import { EngineUnsupportedError } from '../../../main/services/engine';
import { MakeCardsService, type CardTextGenerator } from '../../../main/services/flashcards/make-cards';
import { RemoteEngineError } from '../../../main/services/remote-engine/errors';
import type { AdapterChoice } from '../../../preload/contract/schemas';
import { useFlashcards } from '../flashcards/helpers';

const open = useFlashcards();

type Call = Parameters<CardTextGenerator>[0];

function setup(
  answers: ((call: Call) => string)[],
  engines: { message?: string | null; topic?: string | null; adapter?: AdapterChoice | null } = {},
) {
  const harness = open();
  const calls: Call[] = [];
  const generate: CardTextGenerator = async (call) => {
    calls.push(call);
    const answer = answers[calls.length - 1];
    if (!answer) throw new Error('unexpected extra model call');
    return { text: answer(call) };
  };
  const service = new MakeCardsService({
    db: harness.db,
    flashcards: harness.service,
    generate,
    messageText: (id) => (id === 7 ? 'Metformin lowers hepatic glucose output.' : null),
    messageEngine: () => engines.message ?? null,
    messageAdapter: () => engines.adapter ?? null,
    defaultEngine: () => engines.topic ?? null,
  });
  const deck = harness.service.createDeck('Pharm');
  return { ...harness, service, calls, deck, flashcards: harness.service };
}

describe('MakeCardsService.generate', () => {
  it('reads the grammar answer and marks the fronts the deck already has', async () => {
    const json = JSON.stringify([
      { front: 'What does metformin lower?', back: 'Hepatic glucose output' },
      { front: 'Metformin class?', back: 'Biguanide' },
      { front: 'metformin  CLASS?', back: 'repeat within the batch' },
    ]);
    const t = setup([() => json]);
    t.flashcards.createCard({ deckId: t.deck.id, front: 'Metformin class?', back: 'Biguanide' });
    const result = await t.service.generate({ answerMessageId: 7 }, t.deck.id);
    expect(result.method).toBe('grammar');
    expect(result.proposals).toEqual([
      { front: 'What does metformin lower?', back: 'Hepatic glucose output', type: 'basic', duplicate: false },
      { front: 'Metformin class?', back: 'Biguanide', type: 'basic', duplicate: true },
    ]);
    // The grammar call carried a bounded schema and the answer text.
    const schema = t.calls[0]!.jsonSchema as { type: string; maxItems: number };
    expect(schema.type).toBe('array');
    expect(schema.maxItems).toBe(10);
    expect(t.calls[0]!.prompt).toContain('Metformin lowers hepatic glucose output.');
  });

  it('falls back to free text + the tolerant parser when the grammar call fails', async () => {
    const t = setup([
      () => {
        throw new Error('grammar exploded');
      },
      () =>
        'Sure! Here are cards:\nQ: First-line drug for type 2 diabetes?\nA: Metformin\nQ: Main risk?\nA: Lactic acidosis',
    ]);
    const result = await t.service.generate({ topic: 'metformin' }, t.deck.id);
    expect(result.method).toBe('text');
    expect(result.proposals.map((card) => card.front)).toEqual(['First-line drug for type 2 diabetes?', 'Main risk?']);
    expect(t.calls[1]!.jsonSchema).toBeUndefined();
    expect(t.calls[1]!.prompt).toContain('Q: <question>');
  });

  it('falls back when the grammar answer holds no card, and returns [] when nothing holds cards', async () => {
    const t = setup([() => '[]', () => 'I cannot help with that.']);
    const result = await t.service.generate({ topic: 'anything' }, t.deck.id);
    expect(result).toEqual({ proposals: [], method: 'text' });
    expect(t.calls).toHaveLength(2);
  });

  it('does not retry when no model is loaded, and names missing answers and decks', async () => {
    const t = setup([
      () => {
        throw new ApiError('model_unavailable', 'No model is ready');
      },
    ]);
    await expect(t.service.generate({ topic: 'x' }, t.deck.id)).rejects.toMatchObject({ code: 'model_unavailable' });
    expect(t.calls).toHaveLength(1);
    await expect(t.service.generate({ answerMessageId: 99 }, t.deck.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(t.service.generate({ topic: 'x' }, 999)).rejects.toThrow(/deck/i);
  });

  it("asks the answer's conversation's engine, or the default one for a topic", async () => {
    const json = JSON.stringify([{ front: 'Metformin class?', back: 'Biguanide' }]);
    const t = setup([() => json, () => json], { message: 'class-server', topic: 'default-server' });
    await t.service.generate({ answerMessageId: 7 }, t.deck.id);
    await t.service.generate({ topic: 'metformin' }, t.deck.id);
    expect(t.calls.map((call) => call.engine)).toEqual(['class-server', 'default-server']);
  });

  it("asks with the answer's conversation's adapter choice on both paths; a topic with the adapter as loaded", async () => {
    const off = { enabled: false, scale: 1 };
    const t = setup([() => 'no cards here', () => 'Q: Metformin class?\nA: Biguanide', () => 'Q: A?\nA: B'], {
      adapter: off,
    });
    await t.service.generate({ answerMessageId: 7 }, t.deck.id);
    await t.service.generate({ topic: 'metformin' }, t.deck.id);
    expect(t.calls.map((call) => call.adapter)).toEqual([off, off, undefined]);
  });

  it('a server without JSON schemas or refusing the schema gets free text; a failing one is not asked twice', async () => {
    const freeText = () => 'Q: Metformin class?\nA: Biguanide';
    const unsupported = setup([
      () => {
        throw new EngineUnsupportedError('jsonSchema', 'Ollama cannot hold a plain-text answer to a JSON format.');
      },
      freeText,
    ]);
    expect((await unsupported.service.generate({ topic: 'metformin' }, unsupported.deck.id)).method).toBe('text');
    const refused = setup([
      () => {
        throw new RemoteEngineError('bad_request', 'The server at lab:8000 refused the request (400).');
      },
      freeText,
    ]);
    expect((await refused.service.generate({ topic: 'metformin' }, refused.deck.id)).method).toBe('text');
    const down = setup([
      () => {
        throw new RemoteEngineError('unreachable', 'Nothing answers at lab:8000.');
      },
    ]);
    await expect(down.service.generate({ topic: 'metformin' }, down.deck.id)).rejects.toThrow(
      'Nothing answers at lab:8000.',
    );
    expect(down.calls).toHaveLength(1);
  });
});

describe('MakeCardsService.createMany', () => {
  it('saves the chosen cards in one go and skips fronts the deck has', () => {
    const t = setup([]);
    t.flashcards.createCard({ deckId: t.deck.id, front: 'Old card', back: 'x' });
    const result = t.service.createMany(t.deck.id, [
      { front: 'New one', back: 'a', tags: ['pharm'] },
      { front: 'old CARD', back: 'dup' },
      { front: 'Cloze {{c1::metformin}}', back: 'Biguanide', noteType: 'cloze' },
    ]);
    expect(result).toEqual({ created: 2, skippedDuplicates: 1 });
    const fronts = t.flashcards.listCards({ deckId: t.deck.id, offset: 0, limit: 10 }).cards.map((c) => c.front);
    expect(fronts.sort()).toEqual(['Cloze {{c1::metformin}}', 'New one', 'Old card']);
  });

  it('saves nothing when one card is invalid', () => {
    const t = setup([]);
    expect(() =>
      t.service.createMany(t.deck.id, [
        { front: 'Good', back: 'a' },
        { front: '   ', back: 'empty front' },
      ]),
    ).toThrow(/front/i);
    expect(t.flashcards.listCards({ deckId: t.deck.id, offset: 0, limit: 10 }).total).toBe(0);
  });
});
