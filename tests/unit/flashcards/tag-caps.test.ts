// One set of tag caps at every end: the contract (cards:create/update, cards:createMany), the store and the
// editor accept exactly the same tags and refuse the same ones; real Anki decks' tags (long hierarchical
// tags, dozens per note) fit; imports leave out what cannot be stored instead of refusing the card.
import { describe, expect, it } from 'vitest';
import { fitTags, TAG_MAX_CHARS, TAGS_PER_CARD_MAX } from '../../../main/services/flashcards';
import { normalizeTags } from '../../../main/services/flashcards/validation';
import { LIMITS } from '../../../preload/contract/limits';
import { invokeChannels } from '../../../preload/contract/channels';
import {
  draftFromAnswer,
  TAG_MAX_CHARS as EDITOR_TAG_CHARS,
  TAGS_MAX as EDITOR_TAGS_MAX,
  validateDraft,
} from '../../../renderer/src/features/flashcards/state/cardDraft';
import { i18n } from '../../../renderer/src/i18n';

/** Tags in the shape the large medical Anki decks use: resource paths and question bank items. */
function ankiDeckTags(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0
      ? `#AK_Step1_v12::#B&B::16_Neuro::02_Nervous_System_Structures::${String(i).padStart(2, '0')}_Spinal_Cord`
      : `#AK_Step1_v12::#UWorld::Step::${10_000 + i}`,
  );
}

const t = i18n.getFixedT('en', 'cards');

/** Whether each end accepts `tags` on a card. */
function accepted(tags: string[]) {
  const contract = invokeChannels['cards:update'].request.safeParse({ id: 1, patch: { tags } }).success;
  const createMany = invokeChannels['cards:createMany'].request.safeParse({
    deckId: 1,
    cards: [{ front: 'Q', back: 'A', tags }],
  }).success;
  let store = true;
  try {
    normalizeTags(tags);
  } catch {
    store = false;
  }
  const editor = validateDraft({ ...draftFromAnswer('Q', 'A', null), tagsText: tags.join(' ') }, t).tags === undefined;
  return { contract, createMany, store, editor };
}

const all = (value: boolean) => ({ contract: value, createMany: value, store: value, editor: value });

describe('tag caps', () => {
  it('are the same numbers everywhere', () => {
    expect([TAG_MAX_CHARS, EDITOR_TAG_CHARS]).toEqual([LIMITS.tagChars, LIMITS.tagChars]);
    expect([TAGS_PER_CARD_MAX, EDITOR_TAGS_MAX]).toEqual([LIMITS.tagsPerCard, LIMITS.tagsPerCard]);
  });

  it('take a real Anki deck’s tags: long hierarchical tags, sixty on one note', () => {
    const tags = ankiDeckTags(60);
    expect(Math.max(...tags.map((tag) => tag.length))).toBeGreaterThan(50);
    expect(accepted(tags)).toEqual(all(true));
  });

  it('accept up to the caps and refuse one past them, at every end alike', () => {
    const longest = 'a'.repeat(LIMITS.tagChars);
    expect(accepted([longest])).toEqual(all(true));
    expect(accepted([`${longest}b`])).toEqual(all(false));
    const most = Array.from({ length: LIMITS.tagsPerCard }, (_, i) => `t${i}`);
    expect(accepted(most)).toEqual(all(true));
    expect(accepted([...most, 'one-more'])).toEqual(all(false));
  });
});

describe('fitTags (imports)', () => {
  it('keeps what the store takes and names what it left out', () => {
    const tooLong = 'x'.repeat(LIMITS.tagChars + 1);
    const many = Array.from({ length: LIMITS.tagsPerCard + 5 }, (_, i) => `tag${String(i).padStart(3, '0')}`);
    const { tags, dropped } = fitTags([' cardio ', 'Cardio', tooLong, 'two words', ...many]);
    expect(tags).toHaveLength(LIMITS.tagsPerCard);
    expect(tags).toContain('cardio');
    expect(() => normalizeTags(tags)).not.toThrow();
    expect(dropped).toEqual([tooLong, 'two words', ...many.slice(LIMITS.tagsPerCard - 1)]);
    expect(fitTags(ankiDeckTags(60))).toEqual({ tags: [...ankiDeckTags(60)].sort(), dropped: [] });
  });
});
