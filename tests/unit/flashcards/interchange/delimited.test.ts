// CSV/TSV: header row, quoting, round trip without loss, tolerant import and clear errors.
import { describe, expect, it } from 'vitest';
import {
  exportDelimited,
  importDelimited,
  InterchangeFormatError,
  type InterchangeDeck,
} from '../../../../main/services/flashcards/interchange';
import { SAMPLE_DECKS } from './sample-decks';

// CSV rows are notes, so a deck without notes has no row to live in.
const DECKS_WITH_NOTES: InterchangeDeck[] = SAMPLE_DECKS.filter((d) => d.notes.length > 0);

describe('CSV/TSV interchange', () => {
  it.each(['csv', 'tsv'] as const)('%s round-trips fronts, backs, tags, deck names and cloze', (format) => {
    const text = exportDelimited(SAMPLE_DECKS, format);
    const result = importDelimited(text, { format });
    expect(result.warnings).toEqual([]);
    expect(result.decks).toEqual(DECKS_WITH_NOTES);
    // Detection works too when the format is not given.
    expect(importDelimited(text).decks).toEqual(DECKS_WITH_NOTES);
  });

  it('writes a header row and quotes fields holding delimiters, quotes or newlines', () => {
    const csv = exportDelimited(
      [{ name: 'D', notes: [{ type: 'basic', front: 'a, "b"', back: 'x\ny', tags: ['t1', 't2'] }] }],
      'csv',
    );
    expect(csv).toBe('front,back,tags,deck,type\n"a, ""b""","x\ny",t1 t2,D,basic\n');
    const tsv = exportDelimited(
      [{ name: 'D', notes: [{ type: 'basic', front: 'a\tb', back: 'plain, comma', tags: [] }] }],
      'tsv',
    );
    expect(tsv).toBe('front\tback\ttags\tdeck\ttype\n"a\tb"\tplain, comma\t\tD\tbasic\n');
  });

  it('accepts any column order, a BOM, CRLF, and fills in deck and type', () => {
    const text = '\uFEFFBack,Front,Tags\r\nanswer,question,a b\r\n,The {{c1::heart}} pumps,\r\n';
    expect(importDelimited(text, { defaultDeck: 'Inbox' }).decks).toEqual([
      {
        name: 'Inbox',
        notes: [
          { type: 'basic', front: 'question', back: 'answer', tags: ['a', 'b'] },
          { type: 'cloze', front: 'The {{c1::heart}} pumps', back: '', tags: [] },
        ],
      },
    ]);
  });

  it('skips rows with an empty front and says which line', () => {
    const result = importDelimited('front,back\n,orphan\nq,a\n');
    expect(result.warnings).toEqual(['Line 2 has an empty front and was skipped']);
    expect(result.decks[0]?.notes).toHaveLength(1);
  });

  it('gives clear errors for a missing column, a bad type, a broken quote and a short row', () => {
    expect(() => importDelimited('question,answer\nq,a\n')).toThrow(
      /must name "front" and "back" columns \(found: question, answer\)/,
    );
    expect(() => importDelimited('front,back,type\nq,a,reverse\n')).toThrow(
      /Line 2: type must be "basic" or "cloze", got "reverse"/,
    );
    expect(() => importDelimited('front,back\n"q,a\n', { format: 'csv' })).toThrow(InterchangeFormatError);
    expect(() => importDelimited('front,back,deck\nq,a,D\nonly-one\n', { format: 'csv' })).toThrow(
      /row 3: Too few fields/,
    );
    expect(() => importDelimited('front,back\nq,a\n', { defaultDeck: 'A::::B' })).toThrow(/empty "::" level/);
  });
});
