// Anki's card templates rendered as Anki does: which cards a note makes, and what each side shows.
import { describe, expect, it } from 'vitest';
import {
  parseTemplate,
  renderNoteCards,
  TemplateError,
  type RenderableNote,
} from '../../../../main/services/flashcards/templates';

const ANSWER_LINE = '{{FrontSide}}\n\n<hr id=answer>\n\n';

function note(overrides: Partial<RenderableNote> & Pick<RenderableNote, 'fields' | 'templates'>): RenderableNote {
  return { kind: 'standard', noteTypeName: 'Basic', tags: [], deckName: 'Cardio::Arrhythmias', ...overrides };
}

const basic = (front: string, back: string) =>
  note({
    fields: [
      { name: 'Front', value: front },
      { name: 'Back', value: back },
    ],
    templates: [{ name: 'Card 1', front: '{{Front}}', back: `${ANSWER_LINE}{{Back}}` }],
  });

describe('standard note types', () => {
  it('renders Basic with the front repeated above the answer, HTML kept', () => {
    const [card] = renderNoteCards(basic('What is <b>hypokalemia</b>?', 'K<sup>+</sup> &lt; 3.5 mmol/L'));
    expect(card).toEqual({
      ord: 0,
      templateName: 'Card 1',
      question: 'What is <b>hypokalemia</b>?',
      answer: 'What is <b>hypokalemia</b>?\n\n<hr id=answer>\n\nK<sup>+</sup> &lt; 3.5 mmol/L',
    });
  });

  it('makes one card per template whose front shows something, as "optional reversed" decks rely on', () => {
    const reversed = (addReverse: string) =>
      note({
        noteTypeName: 'Basic (optional reversed card)',
        fields: [
          { name: 'Front', value: 'QT prolongation' },
          { name: 'Back', value: 'Torsades risk' },
          { name: 'Add Reverse', value: addReverse },
        ],
        templates: [
          { name: 'Card 1', front: '{{Front}}', back: `${ANSWER_LINE}{{Back}}` },
          { name: 'Card 2', front: '{{#Add Reverse}}{{Back}}{{/Add Reverse}}', back: `${ANSWER_LINE}{{Front}}` },
        ],
      });
    expect(renderNoteCards(reversed('')).map((card) => card.ord)).toEqual([0]);
    expect(renderNoteCards(reversed('y')).map((card) => [card.ord, card.question])).toEqual([
      [0, 'QT prolongation'],
      [1, 'Torsades risk'],
    ]);
    // A field holding only <br> and &nbsp; is empty, as in Anki.
    expect(renderNoteCards(reversed('<br>&nbsp;'))).toHaveLength(1);
  });

  it('keeps every field of a multi-field note type and shows sections only when their field has content', () => {
    const ecg = note({
      noteTypeName: 'ECG',
      fields: [
        { name: 'Tracing', value: '<img src="ecg-afib.png">' },
        { name: 'Diagnosis', value: 'Atrial fibrillation' },
        { name: 'Features', value: 'Irregularly irregular, no P waves' },
        { name: 'Source', value: '' },
      ],
      templates: [
        {
          name: 'Read it',
          front: '{{Tracing}}',
          back: '{{FrontSide}}<hr>{{Diagnosis}}{{#Features}}<ul><li>{{Features}}</li></ul>{{/Features}}{{^Source}}<i>no source</i>{{/Source}}',
        },
      ],
    });
    const [card] = renderNoteCards(ecg);
    expect(card?.answer).toBe(
      '<img src="ecg-afib.png"><hr>Atrial fibrillation<ul><li>Irregularly irregular, no P waves</li></ul><i>no source</i>',
    );
  });

  it('applies text:, hint: and type: filters, and fills the special fields', () => {
    const [card] = renderNoteCards(
      note({
        tags: ['cardio', 'step1'],
        fields: [
          { name: 'Front', value: '<i>Digoxin</i> toxicity' },
          { name: 'Back', value: 'Yellow vision' },
          { name: 'Mnemonic', value: 'Van Gogh' },
        ],
        templates: [
          {
            name: 'Recall',
            front: '{{text:Front}} {{hint:Mnemonic}} {{type:Back}} [{{Deck}}|{{Subdeck}}|{{Card}}|{{Type}}|{{Tags}}]',
            back: '{{type:Back}}',
          },
        ],
      }),
    );
    expect(card?.question).toBe(
      'Digoxin toxicity <details class="hint"><summary>Show hint</summary>Van Gogh</details>  [Cardio::Arrhythmias|Arrhythmias|Recall|Basic|cardio step1]',
    );
    // The typed answer is never shown on the front; the back shows it as a plain field.
    expect(card?.answer).toBe('Yellow vision');
  });

  it('names a field the note type does not have, as Anki does', () => {
    const [card] = renderNoteCards(
      note({
        fields: [{ name: 'Front', value: 'x' }],
        templates: [{ name: 'C', front: '{{Front}}', back: '{{Extra}}' }],
      }),
    );
    expect(card?.answer).toBe('{unknown field Extra}');
  });

  it('makes no card when the front shows no field content', () => {
    expect(renderNoteCards(basic('', 'orphan back'))).toEqual([]);
  });
});

describe('cloze note types', () => {
  const cloze = (text: string, extra = '') =>
    note({
      kind: 'cloze',
      noteTypeName: 'Cloze',
      fields: [
        { name: 'Text', value: text },
        { name: 'Back Extra', value: extra },
      ],
      templates: [{ name: 'Cloze', front: '{{cloze:Text}}', back: '{{cloze:Text}}<br>{{Back Extra}}' }],
    });

  it('makes one card per cloze number, hiding only that card’s deletions', () => {
    const cards = renderNoteCards(
      cloze('{{c1::Furosemide}} acts on the {{c2::thick ascending limb::segment}}; {{c1::loop}} diuretic', 'NKCC2'),
    );
    expect(cards.map((card) => card.ord)).toEqual([0, 1]);
    expect(cards[0]?.question).toBe(
      '<span class="cloze">[...]</span> acts on the thick ascending limb; <span class="cloze">[...]</span> diuretic',
    );
    expect(cards[1]?.question).toBe('Furosemide acts on the <span class="cloze">[segment]</span>; loop diuretic');
    expect(cards[1]?.answer).toBe(
      'Furosemide acts on the <span class="cloze">thick ascending limb</span>; loop diuretic<br>NKCC2',
    );
  });

  it('makes no card from a cloze note without deletions', () => {
    expect(renderNoteCards(cloze('plain text'))).toEqual([]);
  });
});

describe('parseTemplate', () => {
  it('refuses sections that are not closed or closed out of order', () => {
    expect(() => parseTemplate('{{#Front}}x')).toThrow(TemplateError);
    expect(() => parseTemplate('{{#A}}{{#B}}{{/A}}{{/B}}')).toThrow(/closes a section that is not open/);
    expect(() => parseTemplate('{{/A}}')).toThrow(TemplateError);
  });

  it('ignores comments and keeps filters in order', () => {
    expect(parseTemplate('{{!note}}{{text:hint:Back}}')).toEqual([
      { kind: 'field', name: 'Back', filters: ['text', 'hint'] },
    ]);
  });
});
