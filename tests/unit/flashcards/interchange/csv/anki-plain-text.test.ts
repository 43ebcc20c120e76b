// Anki "Notes in Plain Text" header lines: each one on its own, the file Anki itself writes, and what is ignored.
import { describe, expect, it } from 'vitest';
import { importDelimited, type InterchangeNote } from '../../../../../main/services/flashcards/interchange';
import {
  readAnkiTextHeader,
  separatorFromValue,
} from '../../../../../main/services/flashcards/interchange/csv/anki-text-header';
import { noteTypeFromName } from '../../../../../main/services/flashcards/interchange/csv/import-anki-text';

const basic = (front: string, back: string, tags: string[] = []): InterchangeNote => ({
  type: 'basic',
  front,
  back,
  tags,
});
const notesOf = (text: string) => importDelimited(text).decks.flatMap((deck) => deck.notes);

describe('#separator', () => {
  it.each([
    ['Comma', 'a;1,b;2', ['a;1', 'b;2']],
    ['semicolon', 'a,1;b,2', ['a,1', 'b,2']],
    ['TAB', 'a,1\tb;2', ['a,1', 'b;2']],
    ['Space', 'a,1 b;2', ['a,1', 'b;2']],
    ['pipe', 'a,1|b;2', ['a,1', 'b;2']],
    ['Colon', 'a,1:b;2', ['a,1', 'b;2']],
    [' tab ', 'a,1\tb;2', ['a,1', 'b;2']],
    [',', 'a;1,b;2', ['a;1', 'b;2']],
    ['\t', 'a,1\tb;2', ['a,1', 'b;2']],
    ['|', 'a,1|b;2', ['a,1', 'b;2']],
    [' ', 'a,1 b;2', ['a,1', 'b;2']],
  ])('"%s" splits the rows', (value, row, [front, back]) => {
    expect(notesOf(`#separator:${value}\n${row}\n`)).toEqual([basic(front!, back!)]);
  });

  it('wins over the format guessed from the file name', () => {
    expect(importDelimited('#separator:Semicolon\nq;a\n', { format: 'tsv' }).decks[0]?.notes).toEqual([
      basic('q', 'a'),
    ]);
  });

  it('is ignored with a warning when Anki would not know it, and the separator is detected instead', () => {
    const result = importDelimited('#separator:foo\nq\ta\n');
    expect(result.decks[0]?.notes).toEqual([basic('q', 'a')]);
    expect(result.warnings).toEqual(['Header lines this app does not understand were skipped: #separator:foo']);
    expect(separatorFromValue('♥')).toBeUndefined();
    expect(separatorFromValue('^')).toBeUndefined();
  });
});

describe('#html', () => {
  const row = '"<b>Bold</b> &amp; <br>next","a&lt;b<div>line</div>"';

  it('true: field HTML becomes text as in .apkg imports (tags dropped, <br>/<div> as line breaks, entities decoded)', () => {
    expect(notesOf(`#separator:comma\n#html:true\n${row}\n`)).toEqual([basic('Bold & \nnext', 'a<b\nline')]);
  });

  it('false: the text is kept exactly, markup and entities included', () => {
    expect(notesOf(`#separator:comma\n#html:FALSE\n${row}\n`)).toEqual([
      basic('<b>Bold</b> &amp; <br>next', 'a&lt;b<div>line</div>'),
    ]);
  });

  it('absent: HTML when a field of the first rows looks like markup, as Anki guesses', () => {
    expect(notesOf(`#separator:comma\n${row}\n`)).toEqual([basic('Bold & \nnext', 'a<b\nline')]);
    expect(notesOf('#separator:comma\nR&amp;D,x\n')).toEqual([basic('R&amp;D', 'x')]);
  });

  it('a value other than true/false is ignored with a warning', () => {
    const result = importDelimited('#separator:comma\n#html:maybe\nR&amp;D,x\n');
    expect(result.decks[0]?.notes).toEqual([basic('R&amp;D', 'x')]);
    expect(result.warnings[0]).toMatch(/#html:maybe/);
  });
});

describe('deck, tags, notetype and guid columns', () => {
  it('#deck column routes each note into its deck, hierarchy kept; empty cells use the default deck', () => {
    const result = importDelimited('#separator:tab\n#deck column:1\nCardio::ECG\tq1\ta1\n\tq2\ta2\nRenal\tq3\ta3\n', {
      defaultDeck: 'Inbox',
    });
    expect(result.decks).toEqual([
      { name: 'Cardio::ECG', notes: [basic('q1', 'a1')] },
      { name: 'Inbox', notes: [basic('q2', 'a2')] },
      { name: 'Renal', notes: [basic('q3', 'a3')] },
    ]);
  });

  it('#tags column reads space-separated tags and #tags adds its tags to every note', () => {
    expect(notesOf('#separator:tab\n#tags:global shared\n#tags column:3\nq1\ta1\tcardio  ecg::st\nq2\ta2\t\n')).toEqual(
      [basic('q1', 'a1', ['global', 'shared', 'cardio', 'ecg::st']), basic('q2', 'a2', ['global', 'shared'])],
    );
  });

  it('the legacy first line "tags:" works like #tags', () => {
    expect(notesOf('tags:old style\nq\ta\n')).toEqual([basic('q', 'a', ['old', 'style'])]);
  });

  it('#notetype column picks Basic or Cloze by name, Anki variants included, and judges unknown types by text', () => {
    const text = [
      '#separator:Pipe',
      '#notetype column:1',
      'Basic|q1|a1',
      'Basic (and reversed card)|q2|a2',
      'Cloze|The {{c1::SA node}} paces|extra',
      'Anatomy diagram|{{c1::Left}} ventricle|',
      'Anatomy diagram|Plain front|back',
      '|{{c2::guessed}} cloze|',
    ].join('\n');
    const result = importDelimited(text);
    expect(result.decks[0]?.notes.map((note) => [note.type, note.front])).toEqual([
      ['basic', 'q1'],
      ['basic', 'q2'],
      ['cloze', 'The {{c1::SA node}} paces'],
      ['cloze', '{{c1::Left}} ventricle'],
      ['basic', 'Plain front'],
      ['cloze', '{{c2::guessed}} cloze'],
    ]);
    expect(result.warnings).toEqual([
      '2 note(s) of type "Anatomy diagram" were imported as Basic or Cloze, judged by their text (this app knows those two note types)',
    ]);
    expect([
      noteTypeFromName(' CLOZE '),
      noteTypeFromName('Basic (type in the answer)'),
      noteTypeFromName('Einfach'),
    ]).toEqual(['cloze', 'basic', null]);
  });

  it('#guid column keeps the guid so a later import can update the note', () => {
    expect(notesOf('#separator:tab\n#guid column:1\nabc123\tq\ta\n\tq2\ta2\n')).toEqual([
      { ...basic('q', 'a'), guid: 'abc123' },
      basic('q2', 'a2'),
    ]);
  });

  it('with a notetype column every other column is a field in order; extra fields are reported, not imported', () => {
    const result = importDelimited('#separator:tab\n#notetype column:2\nq\tBasic\ta\tthird field\n');
    expect(result.decks[0]?.notes).toEqual([basic('q', 'a')]);
    expect(result.warnings).toEqual([
      'Column 4 of 1 row(s) was not imported: only a front and a back field are kept (a "#tags column:4" line would read it as tags)',
    ]);
  });
});

describe('#columns, #deck and #notetype', () => {
  it('#columns names place Front/Back (or Text/Back Extra) wherever they are', () => {
    expect(notesOf('#separator:comma\n#columns:Back,Extra info,Front\nanswer,ignored,question\n')).toEqual([
      basic('question', 'answer'),
    ]);
    expect(notesOf('#separator:tab\n#columns:Back Extra\tText\tx\n\t{{c1::a}} b\t\n')).toEqual([
      { type: 'cloze', front: '{{c1::a}} b', back: '', tags: [] },
    ]);
  });

  it('#columns names that are not fields fall back to column order', () => {
    expect(notesOf('#separator:tab\n#columns:Term\tMeaning\nq\ta\n')).toEqual([basic('q', 'a')]);
  });

  it('#deck and #notetype are the defaults for rows without their own', () => {
    const result = importDelimited(
      '#separator:tab\n#deck:Pharm::Antibiotics\n#notetype:Cloze\n#deck column:3\nA {{c1::b}}\tx\t\nq\ta\tOther\n',
    );
    expect(result.decks).toEqual([
      { name: 'Pharm::Antibiotics', notes: [{ type: 'cloze', front: 'A {{c1::b}}', back: 'x', tags: [] }] },
      { name: 'Other', notes: [{ type: 'cloze', front: 'q', back: 'a', tags: [] }] },
    ]);
  });

  it('a deck id (digits) cannot be matched here: the default deck is used and the user told', () => {
    const result = importDelimited('#separator:tab\n#deck:1\nq\ta\n', { defaultDeck: 'Inbox' });
    expect(result.decks.map((deck) => deck.name)).toEqual(['Inbox']);
    expect(result.warnings).toEqual(['"#deck:1" is a deck id from Anki; notes went to "Inbox"']);
  });
});

describe('a file as Anki writes it', () => {
  it('reads Anki 2.1.55+ "Notes in Plain Text" with guid, notetype, deck, HTML fields and tags', () => {
    const text = [
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#notetype column:2',
      '#deck column:3',
      '#tags column:6',
      'b`9D)>u3H5\tBasic\tCardiology::ECG\tWhat does a <b>peaked</b> T wave suggest?\tHyperkalaemia<br>(K&gt;5.5)\tecg electrolytes',
      'N~0,w?4}pL\tCloze\tCardiology\tThe {{c1::SA node}} is the pacemaker&nbsp;of the heart\t\t',
      '# a comment line in the middle is skipped, as in Anki',
      '"#hash"\tBasic\tCardiology\t"front, with ""quotes"""\tback\t',
    ].join('\n');
    expect(importDelimited(text, { format: 'tsv' })).toEqual({
      decks: [
        {
          name: 'Cardiology::ECG',
          notes: [
            {
              type: 'basic',
              front: 'What does a peaked T wave suggest?',
              back: 'Hyperkalaemia\n(K>5.5)',
              tags: ['ecg', 'electrolytes'],
              guid: 'b`9D)>u3H5',
            },
          ],
        },
        {
          name: 'Cardiology',
          notes: [
            {
              type: 'cloze',
              front: 'The {{c1::SA node}} is the pacemaker of the heart',
              back: '',
              tags: [],
              guid: 'N~0,w?4}pL',
            },
            { type: 'basic', front: 'front, with "quotes"', back: 'back', tags: [], guid: '#hash' },
          ],
        },
      ],
      warnings: [],
    });
  });

  it('skips rows with an empty first field, as Anki does, and says which row', () => {
    const result = importDelimited('#separator:tab\n\tback only\nq\ta\n');
    expect(result.decks[0]?.notes).toEqual([basic('q', 'a')]);
    expect(result.warnings).toEqual(['Row 1 has an empty front and was skipped']);
  });

  it('gives a clear error for a broken quote and a bad deck name', () => {
    expect(() => importDelimited('#separator:comma\n"q,a\n')).toThrow(/could not be read/);
    expect(() => importDelimited('#separator:tab\n#deck column:1\nA::::B\tq\ta\n')).toThrow(
      /Row 1: Deck name "A::::B" is empty or has an empty "::" level/,
    );
  });
});

describe('readAnkiTextHeader', () => {
  it('reads only the lines before the first row and returns the rest', () => {
    const { header, body } = readAnkiTextHeader(
      '#separator:tab\r\n#deck column:2\n#just a comment\nq\ta\n#tags:late\n',
    );
    expect(header).toMatchObject({ delimiter: '\t', deckColumn: 2, tags: [], lineCount: 3, ignored: [] });
    expect(body).toBe('q\ta\n#tags:late\n');
  });

  it('refuses column numbers that are not positive integers', () => {
    const { header } = readAnkiTextHeader('#deck column:0\n#tags column:x\n#guid column: 2 \n');
    expect(header.deckColumn).toBeUndefined();
    expect(header.tagsColumn).toBeUndefined();
    expect(header.guidColumn).toBe(2);
    expect(header.ignored).toEqual(['#deck column:0', '#tags column:x']);
  });

  it('handles a file that is only header lines', () => {
    expect(readAnkiTextHeader('#separator:comma')).toMatchObject({ body: '', header: { lineCount: 1 } });
    expect(importDelimited('#separator:comma\n#html:true\n')).toEqual({ decks: [], warnings: [] });
  });
});
