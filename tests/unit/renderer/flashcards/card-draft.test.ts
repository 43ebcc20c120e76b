// The "Save card" draft: question lookup, markdown → plain text, tags, validation and the createCard payload.
import { describe, expect, it } from 'vitest';
import {
  draftFromAnswer,
  markdownToPlainText,
  parseTags,
  questionFor,
  TAG_MAX_CHARS,
  toCreateCardRequest,
  validateDraft,
} from '../../../../renderer/src/features/flashcards/state/cardDraft';
import { i18n } from '../../../../renderer/src/i18n';
import { message } from '../fixtures';

const t = i18n.getFixedT('en', 'cards');

describe('card draft', () => {
  it('finds the user question an answer replies to, not a later or earlier one', () => {
    const messages = [
      message({ id: 1, role: 'user', content: 'First question' }),
      message({ id: 2, role: 'assistant', content: 'First answer' }),
      message({ id: 3, role: 'user', content: '  What is hypokalemia?  ' }),
      message({ id: 4, role: 'assistant', content: 'Low potassium.' }),
      message({ id: 5, role: 'user', content: 'Later question' }),
    ];
    expect(questionFor(messages, 4)).toBe('What is hypokalemia?');
    expect(questionFor(messages, 2)).toBe('First question');
    expect(questionFor([message({ id: 9, role: 'assistant' })], 9)).toBe('');
  });

  it('turns answer markdown into plain text', () => {
    const md =
      '## Causes\n\n* **Diuretics** and _vomiting_\n* see [guide](https://x.org)\n\n```\nK < 3.5\n```\nUse `KCl`.';
    expect(markdownToPlainText(md)).toBe('Causes\n\n- Diuretics and vomiting\n- see guide\n\nK < 3.5\nUse KCl.');
  });

  it('parses tags from commas and spaces, dropping # and duplicates', () => {
    expect(parseTags(' #cardio, renal  Renal,,electrolytes ')).toEqual(['cardio', 'renal', 'electrolytes']);
    expect(parseTags('   ')).toEqual([]);
  });

  it('builds the createCard payload from an edited draft', () => {
    const draft = { ...draftFromAnswer('Q?', '**K+** is low', 42), front: ' Edited Q? ', tagsText: 'a, b', deckId: 7 };
    expect(toCreateCardRequest(draft)).toEqual({
      deckId: 7,
      front: 'Edited Q?',
      back: 'K+ is low',
      noteType: 'basic',
      tags: ['a', 'b'],
      sourceMessageId: 42,
    });
    expect(toCreateCardRequest(draft, true).allowDuplicate).toBe(true);
  });

  it('detects cloze questions and names the empty or oversized fields', () => {
    expect(draftFromAnswer('The {{c1::aorta}} is big', '', 1).noteType).toBe('cloze');
    const empty = draftFromAnswer('', '', null);
    expect(validateDraft(empty, t)).toEqual({ front: 'The front is empty.', back: 'The back is empty.' });
    const huge = {
      ...draftFromAnswer('Q', 'A', null),
      back: 'x'.repeat(20 * 1024 + 1),
      tagsText: 'y'.repeat(TAG_MAX_CHARS + 1),
    };
    expect(validateDraft(huge, t)).toEqual({
      back: 'The back is longer than 20 kB.',
      tags: `A tag is longer than ${TAG_MAX_CHARS} characters.`,
    });
    expect(validateDraft(draftFromAnswer('Q', 'A', null), t)).toEqual({});
  });
});
