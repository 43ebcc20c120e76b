// Citation chips under answers, what they say about edited and deleted cards, chips of earlier answers
// (they open their chat), the "not in your cards" line, and the "Use my cards" switch (server-rendered; clicking through is in tests/e2e/grounded-answers).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { AnswerCitation, CardCitation } from '../../../preload/contract/schemas';
import { App } from '../../../renderer/src/App';
import { AnswerCitations, CitationChip } from '../../../renderer/src/features/chat/components/AnswerCitations';
import { MessageRow } from '../../../renderer/src/features/chat/components/MessageRow';
import { UseCardsToggle } from '../../../renderer/src/features/chat/components/UseCardsToggle';
import type { CardsChoiceState } from '../../../renderer/src/features/chat/hooks/useCardsChoice';
import { CHIP_FRONT_CHARS, citationChipLabel, shortenFront } from '../../../renderer/src/features/chat/state/citations';
import { i18n } from '../../../renderer/src/i18n';
import { ApiProvider } from '../../../renderer/src/lib/api';
import { fakeApi, message } from './fixtures';

const en = i18n.getFixedT('en', 'chat');
const UNGROUNDED_NOTE = 'Not in your cards — this answer comes from the model alone.';

function citation(overrides: Partial<CardCitation> & Pick<CardCitation, 'number' | 'cardId'>): CardCitation {
  return { kind: 'card', deckName: 'Renal', front: 'Front', back: 'Back', status: 'current', ...overrides };
}

function earlier(overrides: Partial<AnswerCitation> & Pick<AnswerCitation, 'number' | 'messageId'>): AnswerCitation {
  return {
    kind: 'answer',
    conversationId: 5,
    conversationTitle: 'Potassium',
    question: 'What does low potassium do to the heart?',
    answer: 'Arrhythmias; U waves on the ECG.',
    status: 'current',
    ...overrides,
  };
}

const potassium = citation({
  number: 1,
  cardId: 41,
  deckName: 'Electrolytes',
  front: 'Serum potassium below 3.5 mmol/L is called?',
  back: 'Hypokalemia',
});
const edited = citation({
  number: 2,
  cardId: 42,
  front: 'Loop diuretic example?',
  back: 'Furosemide',
  status: 'changed',
});
const gone = citation({
  number: 3,
  cardId: 43,
  front: 'ECG sign of hypokalemia?',
  back: 'U waves after T waves',
  status: 'deleted',
});

/** The opening tags of every chip, in document order. */
const chipTags = (html: string) => html.match(/<(button|details)[^>]*data-testid="citation-chip"[^>]*>/g) ?? [];

describe('citation labels', () => {
  it('keeps a short front whole and on one line', () => {
    expect(shortenFront('  What is\n hypokalemia? ')).toBe('What is hypokalemia?');
  });

  it('cuts a long front at a word boundary with an ellipsis, within the chip length', () => {
    const front = 'Which electrolyte disturbance follows prolonged vomiting in a patient with pyloric stenosis?';
    const short = shortenFront(front);
    expect(short.length).toBeLessThanOrEqual(CHIP_FRONT_CHARS);
    expect(short.endsWith('…')).toBe(true);
    expect(front.startsWith(short.slice(0, -1))).toBe(true);
    expect(front[short.length - 1]).toBe(' '); // the cut falls between words
  });

  it('cuts a single overlong word where it is', () => {
    expect(shortenFront('x'.repeat(100), 20)).toBe(`${'x'.repeat(19)}…`);
  });

  it('reads "[n] deck — front"', () => {
    expect(citationChipLabel(potassium, en)).toBe('[1] Electrolytes — Serum potassium below 3.5 mmol/L is called?');
  });
});

describe('AnswerCitations', () => {
  const render = (props: Parameters<typeof AnswerCitations>[0]) => renderToStaticMarkup(<AnswerCitations {...props} />);

  it('shows one chip per cited card in citation order, whatever order they came in', () => {
    const html = render({
      grounding: 'grounded',
      citations: [gone, potassium, edited],
      onOpenCitation: () => undefined,
    });
    const tags = chipTags(html);
    expect(tags.map((tag) => /data-card-id="(\d+)"/.exec(tag)?.[1])).toEqual(['41', '42', '43']);
    expect(html).toContain('[1] Electrolytes — Serum potassium below 3.5 mmol/L is called?');
    expect(html).toContain('[2] Renal — Loop diuretic example?');
    expect(html).not.toContain('data-testid="ungrounded-note"');
  });

  it('makes current and edited cards buttons, the edited one saying "edited since"', () => {
    const html = render({ grounding: 'grounded', citations: [potassium, edited], onOpenCitation: () => undefined });
    const [first, second] = chipTags(html);
    expect(first).toMatch(/^<button[^>]*data-status="current"/);
    expect(second).toMatch(/^<button[^>]*data-status="changed"/);
    expect(first).not.toContain(' disabled=""');
    const statuses = [...html.matchAll(/data-testid="citation-status"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(statuses).toEqual(['edited since']);
    // The copy the answer was given is one hover away.
    expect(second).toContain('Back: Furosemide');
  });

  it('shows a deleted card as "deleted", not as a button, with the copy the answer was given', () => {
    const html = render({ grounding: 'grounded', citations: [gone], onOpenCitation: () => undefined });
    expect(html).not.toContain('<button');
    expect(chipTags(html)[0]).toMatch(/^<details[^>]*data-status="deleted"/);
    expect(html).toMatch(/data-testid="citation-status"[^>]*>deleted</);
    expect(html).toMatch(/data-testid="citation-copy".*ECG sign of hypokalemia\?.*U waves after T waves/s);
  });

  it('a chip opens its card; a deleted one has no way to', () => {
    const onOpenCitation = vi.fn();
    const chip = CitationChip({ citation: edited, onOpenCitation, t: en });
    expect(chip.type).toBe('button');
    (chip.props as { onClick: () => void }).onClick();
    expect(onOpenCitation).toHaveBeenCalledWith({ kind: 'card', cardId: 42 });
    const deleted = CitationChip({ citation: gone, onOpenCitation, t: en });
    expect(deleted.type).toBe('details');
    expect((deleted.props as { onClick?: unknown }).onClick).toBeUndefined();
  });

  it('shows an earlier answer after the cards as "Earlier answer", opening its chat at that answer', () => {
    const past = earlier({ number: 2, messageId: 77 });
    const html = render({ grounding: 'grounded', citations: [past, potassium], onOpenCitation: () => undefined });
    const tags = chipTags(html);
    expect(tags[1]).toMatch(/^<button[^>]*data-kind="answer"[^>]*data-message-id="77"[^>]*data-conversation-id="5"/);
    expect(html).toContain('[2] Earlier answer — What does low potassium do to the heart?');
    expect(html).toMatch(/aria-label="Cards and earlier answers this answer was given"/);
    // The tooltip says whose text it is.
    expect(tags[1]).toContain('may be wrong');
    const onOpenCitation = vi.fn();
    (CitationChip({ citation: past, onOpenCitation, t: en }).props as { onClick: () => void }).onClick();
    expect(onOpenCitation).toHaveBeenCalledWith({ kind: 'answer', conversationId: 5, messageId: 77 });
  });

  it('shows a regenerated earlier answer, or one whose chat was deleted, as deleted with its copy', () => {
    const gonePast = earlier({ number: 1, messageId: 78, conversationId: null, status: 'deleted' });
    const html = render({ grounding: 'grounded', citations: [gonePast], onOpenCitation: () => undefined });
    expect(html).not.toContain('<button');
    expect(html).toMatch(/data-testid="citation-copy".*Question.*low potassium.*Answer.*U waves on the ECG/s);
  });

  it('shows the quiet "not in your cards" line for an ungrounded answer', () => {
    const html = render({ grounding: 'ungrounded', citations: [] });
    expect(html).toContain('data-testid="ungrounded-note"');
    expect(html).toContain(UNGROUNDED_NOTE);
    expect(html).not.toContain('citation-chip');
  });

  it('adds nothing when the cards were not consulted', () => {
    expect(render({ grounding: null, citations: [] })).toBe('');
  });
});

describe('answers with citations', () => {
  const row = (overrides: Parameters<typeof message>[0]) =>
    renderToStaticMarkup(<MessageRow message={message(overrides)} streamingContent={null} onRegenerate={null} />);

  it('a stored answer (as messages:list returns it) shows its chips and statuses', () => {
    const html = row({ id: 7, content: 'See [1].', grounding: 'grounded', citations: [potassium, edited, gone] });
    expect(chipTags(html)).toHaveLength(3);
    expect(html).toMatch(/data-testid="answer-citations"[^>]*aria-label="Cards this answer was given"/);
    expect(html).toContain('edited since');
  });

  it('an ungrounded stored answer shows the line; a plain one shows neither', () => {
    expect(row({ id: 8, content: 'Text', grounding: 'ungrounded' })).toContain(UNGROUNDED_NOTE);
    const plain = row({ id: 9, content: 'Text' });
    expect(plain).not.toContain(UNGROUNDED_NOTE);
    expect(plain).not.toContain('answer-citations');
  });
});

describe('"Use my cards" switch', () => {
  const state = (overrides: Partial<CardsChoiceState> = {}): CardsChoiceState => ({
    useCards: true,
    ready: true,
    error: null,
    setUseCards: () => undefined,
    flush: async () => undefined,
    ...overrides,
  });
  const toggleTag = (html: string) => /<input[^>]*data-testid="use-cards-toggle"[^>]*>/.exec(html)?.[0] ?? '';

  it('is a labelled switch showing the choice', () => {
    const on = renderToStaticMarkup(<UseCardsToggle state={state()} />);
    expect(on).toMatch(/<label[^>]*>.*<input[^>]*type="checkbox"[^>]*role="switch".*Use my cards<\/label>/s);
    expect(toggleTag(on)).toContain('checked=""');
    expect(toggleTag(on)).not.toContain(' disabled=""');
    const off = renderToStaticMarkup(<UseCardsToggle state={state({ useCards: false })} />);
    expect(toggleTag(off)).not.toContain('checked');
  });

  it('waits for the conversation’s stored choice, and shows a failed save', () => {
    expect(toggleTag(renderToStaticMarkup(<UseCardsToggle state={state({ ready: false })} />))).toContain(
      'disabled=""',
    );
    const failed = renderToStaticMarkup(
      <UseCardsToggle state={state({ error: { message: 'Could not save', code: 'internal' } })} />,
    );
    expect(failed).toMatch(/role="alert"[^>]*>Could not save</);
  });

  it('is in the chat bar on first paint, on for a new chat, before any model is loaded', () => {
    const html = renderToStaticMarkup(
      <ApiProvider api={fakeApi()}>
        <App />
      </ApiProvider>,
    );
    expect(html).toMatch(/data-testid="chat-controls"[^>]*>.*data-testid="use-cards-toggle"/s);
    expect(toggleTag(html)).toContain('checked=""');
  });
});
