// The views that show a card side, with imported (HTML) cards: review, the card list row and the note
// editor form render formatting, images and audio from the sanitized HTML, and text cards as before.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { FlashCard } from '../../../../preload/contract/features/flashcards';
import type { Note } from '../../../../preload/contract/features/notes';
import { ApiProvider } from '../../../../renderer/src/lib/api';
import { ReviewCard } from '../../../../renderer/src/features/review/components/ReviewCard';
import { CardRowText } from '../../../../renderer/src/features/flashcards/components/CardRowText';
import { NoteFieldsForm } from '../../../../renderer/src/features/flashcards/components/NoteFieldsForm';
import { TAGS_MAX } from '../../../../renderer/src/features/flashcards/state/cardDraft';
import { planNoteSave } from '../../../../renderer/src/features/flashcards/state/noteDraft';
import { i18n } from '../../../../renderer/src/i18n';
import { fakeApi } from '../fixtures';

const IMAGE = `app://media/${'c'.repeat(64)}`;
const SOUND = `app://media/${'d'.repeat(64)}`;
const FRONT = `<img src="${IMAGE}"><div style="color: rgb(200, 0, 0)">Which cell lines the alveolus?</div><details class="hint"><summary>Show hint</summary>Two</details>`;
const BACK = `${FRONT}<hr><b>Type II pneumocyte</b> <audio controls preload="none" src="${SOUND}"></audio>`;
const noop = () => undefined;
const t = i18n.getFixedT('en', 'cards');

function card(overrides: Partial<FlashCard> = {}): FlashCard {
  return {
    id: 7,
    deckId: 1,
    noteType: 'basic',
    format: 'html',
    front: FRONT,
    back: BACK,
    tags: ['histo'],
    sourceMessageId: null,
    noteId: 3,
    suspended: false,
    createdAt: 0,
    updatedAt: 0,
    due: 0,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
    lastReview: null,
    ...overrides,
  };
}

const note: Note = {
  id: 3,
  guid: 'Hs4_alv',
  noteType: {
    id: 11,
    name: 'Histology slide',
    kind: 'standard',
    fields: ['Image', 'Structure'],
    templates: [{ name: 'Identify', front: '{{Image}}', back: '{{FrontSide}}<hr id=answer>{{Structure}}' }],
  },
  fields: [`<img src="${IMAGE}">`, '<b>Type II</b> pneumocyte <script>alert(1)</script>'],
  tags: ['histo'],
};

const review = (shown: FlashCard, revealed: boolean) =>
  renderToStaticMarkup(
    <ReviewCard
      card={shown}
      revealed={revealed}
      previews={[]}
      onReveal={noop}
      onRate={noop}
      onExplain={noop}
      explaining={false}
    />,
  );

describe('review of an HTML card', () => {
  it('shows the front with its image and colour, and no answer yet', () => {
    const html = review(card(), false);
    expect(html).toMatch(/data-testid="review-card-front" data-format="html"/);
    expect(html).toContain(`<img src="${IMAGE}" alt="Image on the card"`);
    expect(html).toContain('<div style="color:rgb(200, 0, 0)">Which cell lines the alveolus?</div>');
    expect(html).not.toContain('Type II pneumocyte');
    expect(html).not.toContain('data-testid="review-card-back"');
    expect(html).toContain('data-testid="review-reveal"');
  });

  it('replaces the front by the answer side (which repeats it), with the audio as a Play button', () => {
    const html = review(card(), true);
    expect(html).not.toContain('data-testid="review-card-front"');
    expect(html).toMatch(/data-testid="review-card-back" data-format="html"/);
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(html).toContain('<b>Type II pneumocyte</b>');
    expect(html).toContain('aria-label="Play audio"');
    expect(html).toContain(`src="${SOUND}"`);
    expect(html).toContain('data-testid="review-rate-3"');
  });

  it('a text card still shows front and back as typed, markup as text', () => {
    const text = card({ format: 'text', noteId: null, front: '<b>Na+</b>?', back: '135–145\nmmol/L' });
    const html = review(text, true);
    expect(html).toMatch(/data-testid="review-card-front" data-format="text"[^>]*>&lt;b&gt;Na\+&lt;\/b&gt;\?</);
    expect(html).toMatch(/data-testid="review-card-back" data-format="text"[^>]*>135–145\nmmol\/L</);
  });
});

describe('card list row', () => {
  it('shows the text of an HTML card, an image marker and only what the answer adds', () => {
    const html = renderToStaticMarkup(<CardRowText card={card()} />);
    expect(html).toMatch(/data-testid="card-row-front"[^>]*>Which cell lines the alveolus\?</);
    expect(html).toContain('aria-label="1 image"');
    expect(html).not.toMatch(/&lt;|<img|<b>/);
    expect(html).toMatch(/#histo · Type II pneumocyte</);
    expect(html).not.toContain('Suspended');
  });

  it('marks suspended cards and leaves text cards as typed', () => {
    const html = renderToStaticMarkup(
      <CardRowText card={card({ format: 'text', noteId: null, front: 'a <b>', back: 'a <b> c', suspended: true })} />,
    );
    expect(html).toMatch(/data-testid="card-row-front"[^>]*>a &lt;b&gt;</);
    expect(html).toContain('a &lt;b&gt; c');
    expect(html).toContain('data-testid="card-row-suspended"');
    expect(html).not.toContain('card-row-images');
  });
});

describe('note editor form', () => {
  it('has one labelled field per note field, loaded with its HTML, each with a safe preview', () => {
    const html = renderToStaticMarkup(
      <ApiProvider api={fakeApi()}>
        <NoteFieldsForm card={card()} note={note} onSaved={noop} onDelete={noop} />
      </ApiProvider>,
    );
    expect(html).toContain('Anki note · Histology slide');
    expect(html.match(/data-testid="editor-note-field"/g)).toHaveLength(2);
    expect(html).toMatch(/<label[^>]*>Image<\/label><textarea[^>]*data-field-name="Image"[^>]*>&lt;img src=&quot;app/);
    expect(html).toMatch(/data-field-name="Structure"[^>]*>&lt;b&gt;Type II&lt;\/b&gt; pneumocyte &lt;script&gt;/);
    const previews = html.match(/data-testid="editor-note-preview"[^]*?<\/div>/g) ?? [];
    expect(previews).toHaveLength(2);
    expect(previews[0]).toContain(`<img src="${IMAGE}"`);
    expect(previews[1]).toContain('<b>Type II</b> pneumocyte');
    expect(previews[1]).not.toContain('script');
    expect(html).toMatch(/<button[^>]*data-testid="editor-save"[^>]*disabled=""/);
  });

  it('plans the save: all fields when one changed, tags when they changed, nothing otherwise', () => {
    const base = { note, card: card(), fields: note.fields, tagsText: 'histo' };
    expect(planNoteSave(base, t)).toEqual({ fields: null, tags: null, tagsError: undefined, canSave: false });
    const edited = [note.fields[0]!, 'Type I pneumocyte'];
    expect(planNoteSave({ ...base, fields: edited }, t)).toMatchObject({ fields: edited, tags: null, canSave: true });
    expect(planNoteSave({ ...base, tagsText: 'histo, lung' }, t)).toMatchObject({
      fields: null,
      tags: ['histo', 'lung'],
      canSave: true,
    });
    const tags = (count: number) => Array.from({ length: count }, (_, i) => `t${i}`).join(' ');
    expect(planNoteSave({ ...base, tagsText: tags(TAGS_MAX) }, t)).toMatchObject({
      tagsError: undefined,
      canSave: true,
    });
    const tooMany = planNoteSave({ ...base, tagsText: tags(TAGS_MAX + 1) }, t);
    expect(tooMany).toMatchObject({ tagsError: `At most ${TAGS_MAX} tags.`, canSave: false });
  });
});
