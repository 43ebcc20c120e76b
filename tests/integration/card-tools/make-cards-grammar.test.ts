// "Make cards" against the tiny random fixture model: the JSON-schema grammar holds even for random
// weights, and the proposals are deduplicated against the deck's existing fronts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlashcardService } from '../../../main/services/flashcards';
import {
  cardsJsonSchema,
  MakeCardsService,
  type CardTextGenerator,
  type MakeCardsLimits,
} from '../../../main/services/flashcards/make-cards';
import type { ModelHostClient } from '../../../main/services/model-host';
import { openDatabase, SettingsRepository } from '../../../main/services/store';
import { ask, loadedTinyClient } from '../model-host/support';

// Small bounds keep the random model quick; the same schema shape as the app's defaults.
const LIMITS: MakeCardsLimits = { minCards: 1, maxCards: 3, frontChars: 24, backChars: 24, maxTokens: 600 };

let client: ModelHostClient;
const dir = mkdtempSync(join(tmpdir(), 'mea-make-cards-'));

beforeAll(async () => {
  client = await loadedTinyClient();
});

afterAll(async () => {
  await client?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const cardArray = (value: unknown): value is { front: string; back: string }[] =>
  Array.isArray(value) &&
  value.every(
    (item: unknown) =>
      typeof item === 'object' &&
      item !== null &&
      Object.keys(item).sort().join() === 'back,front' &&
      typeof (item as { front: unknown }).front === 'string' &&
      typeof (item as { back: unknown }).back === 'string',
  );

describe('make cards with the JSON-schema grammar', () => {
  it('random weights still produce JSON that matches the schema and its bounds', async () => {
    for (let i = 0; i < 3; i++) {
      const request = ask(`cards-${i}`, `Make flashcards about topic ${i}`, { maxTokens: LIMITS.maxTokens });
      const result = await client.generate({
        ...request,
        sampling: { temperature: 1, topP: 1, maxTokens: LIMITS.maxTokens },
        scratch: true,
        jsonSchema: cardsJsonSchema(LIMITS),
      });
      expect(result.stopReason).not.toBe('maxTokens');
      const value: unknown = JSON.parse(result.text);
      expect(cardArray(value)).toBe(true);
      const cards = value as { front: string; back: string }[];
      expect(cards.length).toBeGreaterThanOrEqual(1);
      expect(cards.length).toBeLessThanOrEqual(LIMITS.maxCards);
      for (const card of cards) {
        expect(card.front.length).toBeLessThanOrEqual(LIMITS.frontChars);
        expect(card.back.length).toBeLessThanOrEqual(LIMITS.backChars);
      }
    }
  });

  it('proposals from the model are marked duplicate against the deck', async () => {
    const db = openDatabase(join(dir, 'cards.sqlite'));
    const flashcards = new FlashcardService(db, new SettingsRepository(db));
    const deck = flashcards.createDeck('Random');
    const texts: string[] = [];
    const generate: CardTextGenerator = async ({ prompt, jsonSchema, maxTokens }) => {
      const result = await client.generate({
        ...ask('make-cards', prompt, { maxTokens }),
        sampling: { temperature: 1, topP: 1, maxTokens },
        scratch: true,
        ...(jsonSchema ? { jsonSchema } : {}),
      });
      texts.push(result.text);
      return result;
    };
    const service = new MakeCardsService({ db, flashcards, generate, messageText: () => null, limits: LIMITS });
    const first = await service.generate({ topic: 'beta blockers' }, deck.id);
    expect(first.method).toBe('grammar');
    expect(first.proposals.length).toBeGreaterThan(0);
    expect(first.proposals.every((p) => !p.duplicate)).toBe(true);

    // Save the first proposal, then check a later answer's proposals against the deck.
    const saved = first.proposals[0]!;
    service.createMany(deck.id, [{ front: saved.front, back: saved.back }]);
    const later = await service.generate({ topic: 'beta blockers' }, deck.id);
    for (const proposal of later.proposals) {
      expect(proposal.duplicate).toBe(flashcards.cards.findSameFront(deck.id, proposal.front) !== null);
    }
    // And the same grammar answer replayed is flagged: the saved front now counts as a duplicate.
    const replay = new MakeCardsService({
      db,
      flashcards,
      generate: async () => ({ text: texts[0]! }),
      messageText: () => null,
      limits: LIMITS,
    });
    const replayed = await replay.generate({ topic: 'beta blockers' }, deck.id);
    expect(replayed.proposals[0]).toMatchObject({ front: saved.front, duplicate: true });
    db.close();
  });
});
