// CSV/TSV: the Anki plain-text header we write, quoting, round trip without loss, header-row and bare files,
// tolerant import and clear errors.
import { describe, expect, it } from 'vitest';
import {
  exportDelimited,
  importDelimited,
  InterchangeFormatError,
  type InterchangeDeck,
} from '../../../../../main/services/flashcards/interchange';
import { SAMPLE_DECKS } from '../sample-decks';

// CSV rows are notes, so a deck without notes has no row to live in.
const DECKS_WITH_NOTES: InterchangeDeck[] = SAMPLE_DECKS.filter((d) => d.notes.length > 0);

describe('CSV/TSV export → import', () => {
  it.each(['csv', 'tsv'] as const)('%s round-trips fronts, backs, tags, deck names and cloze', (format) => {
    const text = exportDelimited(SAMPLE_DECKS, format);
    const result = importDelimited(text, { format });
    expect(result.warnings).toEqual([]);
    expect(result.decks).toEqual(DECKS_WITH_NOTES);
    // The "#separator:" line is enough: no format given, or the wrong one (a .txt file guessed as TSV).
    expect(importDelimited(text).decks).toEqual(DECKS_WITH_NOTES);
    expect(importDelimited(text, { format: format === 'csv' ? 'tsv' : 'csv' }).decks).toEqual(DECKS_WITH_NOTES);
  });

  it('keeps guids through a round trip and only writes a guid column when a note has one', () => {
    const decks: InterchangeDeck[] = [
      {
        name: 'D',
        notes: [
          { type: 'basic', front: 'q1', back: 'a1', tags: [], guid: 'f8}Xq@Lm2#' },
          { type: 'basic', front: 'q2', back: 'a2', tags: [] },
        ],
      },
    ];
    const text = exportDelimited(decks, 'tsv');
    expect(text).toContain('#guid column:6\n');
    expect(importDelimited(text).decks).toEqual(decks);
    expect(exportDelimited([{ name: 'D', notes: [decks[0]!.notes[1]!] }], 'tsv')).not.toContain('guid');
  });
});

describe('CSV/TSV export', () => {
  it('writes Anki header lines, then HTML fields quoted where needed', () => {
    const csv = exportDelimited(
      [{ name: 'D', notes: [{ type: 'basic', front: 'a, "b" <i>', back: 'x\ny', tags: ['t1', 't2'] }] }],
      'csv',
    );
    expect(csv).toBe(
      [
        '#separator:comma',
        '#html:true',
        '#notetype column:5',
        '#deck column:4',
        '#tags column:3',
        '#columns:Front,Back,Tags,Deck,Notetype',
        '"a, ""b"" &lt;i&gt;",x<br>y,t1 t2,D,Basic',
        '',
      ].join('\n'),
    );
    const tsv = exportDelimited(
      [{ name: 'A::B', notes: [{ type: 'cloze', front: 'a\t{{c1::b}}', back: 'plain, comma', tags: [] }] }],
      'tsv',
    );
    expect(tsv.split('\n').slice(0, 1)).toEqual(['#separator:tab']);
    expect(tsv).toContain('#columns:Front\tBack\tTags\tDeck\tNotetype\n"a\t{{c1::b}}"\tplain, comma\t\tA::B\tCloze\n');
  });

  it('quotes a field starting with "#", which Anki would otherwise skip as a comment', () => {
    const text = exportDelimited(
      [{ name: 'D', notes: [{ type: 'basic', front: '#1 cause?', back: 'x', tags: [] }] }],
      'csv',
    );
    expect(text).toContain('\n"#1 cause?",x,,D,Basic\n');
    expect(importDelimited(text).decks[0]?.notes[0]?.front).toBe('#1 cause?');
  });

  it('writes only the header lines for decks without notes, and refuses no decks', () => {
    expect(exportDelimited([{ name: 'Empty', notes: [] }], 'csv').split('\n')).toHaveLength(7);
    expect(() => exportDelimited([], 'csv')).toThrow(/Nothing to export/);
  });
});

describe('files with a header row (earlier versions of this app, spreadsheets)', () => {
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

  it('reads the old front,back,tags,deck,type export unchanged, text kept as written', () => {
    const text = 'front,back,tags,deck,type\n"a <b>",x,t1,D,basic\n{{c1::y}},,,E,cloze\n';
    expect(importDelimited(text).decks).toEqual([
      { name: 'D', notes: [{ type: 'basic', front: 'a <b>', back: 'x', tags: ['t1'] }] },
      { name: 'E', notes: [{ type: 'cloze', front: '{{c1::y}}', back: '', tags: [] }] },
    ]);
  });

  it('understands question/answer and term/definition as column names', () => {
    expect(importDelimited('Question,Answer\nq,a\n').decks[0]?.notes).toEqual([
      { type: 'basic', front: 'q', back: 'a', tags: [] },
    ]);
    expect(importDelimited('term\tdefinition\nq\ta\n').decks[0]?.notes[0]).toMatchObject({ front: 'q', back: 'a' });
  });

  it('skips rows with an empty front and says which line', () => {
    const result = importDelimited('front,back\n,orphan\nq,a\n');
    expect(result.warnings).toEqual(['Line 2 has an empty front and was skipped']);
    expect(result.decks[0]?.notes).toHaveLength(1);
  });

  it('gives clear errors for a missing column, a bad type, a broken quote and a short row', () => {
    expect(() => importDelimited('front,deck\nq,D\n')).toThrow(
      /must name "front" and "back" columns \(found: front, deck\)/,
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

describe('bare files (no header lines, no header row)', () => {
  it('reads front, back per line as Anki does, into the default deck', () => {
    const result = importDelimited('What is X?\tY\nWhat is {{c1::Z}}?\textra\n', { defaultDeck: 'Inbox' });
    expect(result).toEqual({
      decks: [
        {
          name: 'Inbox',
          notes: [
            { type: 'basic', front: 'What is X?', back: 'Y', tags: [] },
            { type: 'cloze', front: 'What is {{c1::Z}}?', back: 'extra', tags: [] },
          ],
        },
      ],
      warnings: [],
    });
  });

  it('says which column it did not import instead of guessing', () => {
    const result = importDelimited('q1;a1;tag1\nq2;a2;\n', { format: undefined });
    expect(result.decks[0]?.notes.map((n) => [n.front, n.back, n.tags])).toEqual([
      ['q1', 'a1', []],
      ['q2', 'a2', []],
    ]);
    expect(result.warnings).toEqual([
      'Column 3 of 1 row(s) was not imported: only a front and a back field are kept (a "#tags column:3" line would read it as tags)',
    ]);
  });
});
