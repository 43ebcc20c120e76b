// Review for keyboard and screen-reader users: the retention slider stores only a changed value when a
// gesture ends, the card has headings, the keys are listed on screen, and hints are tied to their fields.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FlashCard } from '../../../../preload/contract/features/flashcards';
import { Field } from '../../../../renderer/src/components/ui/Field';
import { RetentionSetting } from '../../../../renderer/src/features/review/components/RetentionSetting';
import { ReviewCard } from '../../../../renderer/src/features/review/components/ReviewCard';
import { ReviewShortcuts } from '../../../../renderer/src/features/review/components/ReviewShortcuts';
import { percentOf, retentionToCommit } from '../../../../renderer/src/features/review/state/retentionCommit';
import { i18n } from '../../../../renderer/src/i18n';
import { ApiProvider, type MeaApi } from '../../../../renderer/src/lib/api';
import { shortcutGroup } from '../../../../renderer/src/lib/shortcut-list';

const noop = () => undefined;
const card = {
  id: 7,
  deckId: 1,
  noteType: 'basic',
  format: 'text',
  front: 'Normal serum K+?',
  back: '3.5–5.0 mmol/L',
} as FlashCard;

describe('retentionToCommit', () => {
  it('stores nothing when a gesture ends where the value was (Tab onto the slider, a click in place)', () => {
    expect(retentionToCommit({ saved: 90, shown: 90 })).toBeNull();
  });

  it('stores the new value once a gesture ends on a change', () => {
    expect(retentionToCommit({ saved: 90, shown: 85 })).toBe(85);
  });

  it('stores nothing before the stored value is known', () => {
    expect(retentionToCommit({ saved: null, shown: 85 })).toBeNull();
    expect(retentionToCommit({ saved: 90, shown: null })).toBeNull();
  });

  it('reads the stored retention as a whole percent within the slider', () => {
    expect(percentOf(0.9)).toBe(90);
    expect(percentOf(0.855)).toBe(86);
    expect(percentOf(0.5)).toBe(70);
    expect(percentOf(1)).toBe(99);
  });
});

describe('RetentionSetting', () => {
  it('labels the slider and ties its hint to it', () => {
    const html = renderToStaticMarkup(
      <ApiProvider api={{} as MeaApi}>
        <RetentionSetting onChanged={noop} />
      </ApiProvider>,
    );
    const inputId = /<input id="([^"]+)"/.exec(html)?.[1];
    expect(inputId).toBeDefined();
    expect(html).toContain(`<label for="${inputId}"`);
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(html).toMatch(new RegExp(`<span id="${describedBy}"[^>]*>Higher keeps more in memory`));
  });
});

describe('ReviewCard', () => {
  const props = { card, previews: [], onReveal: noop, onRate: noop, onExplain: noop, explaining: false };

  it('makes the front the card heading', () => {
    const html = renderToStaticMarkup(<ReviewCard {...props} revealed={false} />);
    expect(html).toMatch(/role="heading" aria-level="2" tabindex="-1"[^>]*><div data-testid="review-card-front"/);
  });

  it('puts the back under a focusable "Answer" heading that names its section', () => {
    const html = renderToStaticMarkup(<ReviewCard {...props} revealed />);
    const headingId = /<section aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(headingId).toBeDefined();
    expect(html).toMatch(
      new RegExp(`<h3 id="${headingId}" tabindex="-1" data-testid="review-answer-heading"[^>]*>Answer</h3>`),
    );
    expect(html).toContain('3.5–5.0 mmol/L');
  });
});

describe('ReviewShortcuts', () => {
  it('lists every Review key from the shared shortcut list on screen', () => {
    const html = renderToStaticMarkup(<ReviewShortcuts />);
    for (const { keys, action } of shortcutGroup('review').shortcuts) {
      const printed = keys.map((key) => `<kbd class="[^"]*">${key}</kbd>`).join('\\+');
      expect(html).toMatch(
        new RegExp(`<dt>${printed}</dt><dd>${i18n.t(`actions.${action}`, { ns: 'keyboard' })}</dd>`),
      );
    }
    expect(html).toMatch(/>Space<\/kbd><\/dt><dd>Show answer<\/dd>/);
    expect(html).toMatch(/>Ctrl<\/kbd>\+<kbd[^>]*>Z<\/kbd><\/dt><dd>Undo the last rating<\/dd>/);
    for (const grade of ['1', '2', '3', '4']) expect(html).toMatch(new RegExp(`>${grade}</kbd></dt>`));
  });
});

describe('Field', () => {
  it('ties its hint to the control it labels', () => {
    const html = renderToStaticMarkup(
      <Field id="f-tags" label="Tags" hint="Separated by commas.">
        <input id="f-tags" />
      </Field>,
    );
    expect(html).toContain('<input id="f-tags" aria-describedby="f-tags-hint"/>');
    expect(html).toContain('<p id="f-tags-hint"');
  });

  it('points at the error instead, and marks the control invalid', () => {
    const html = renderToStaticMarkup(
      <Field id="f-front" label="Front" hint="Plain text." error="Required">
        <textarea id="f-front" />
      </Field>,
    );
    expect(html).toContain('<textarea id="f-front" aria-describedby="f-front-error" aria-invalid="true">');
  });

  it('leaves a control alone that says what describes it, and other children untouched', () => {
    const html = renderToStaticMarkup(
      <Field id="f-path" label="Model" hint="A file.">
        <input id="f-path" aria-describedby="custom" />
        <span id="other">preview</span>
      </Field>,
    );
    expect(html).toContain('<input id="f-path" aria-describedby="custom"/>');
    expect(html).toContain('<span id="other">preview</span>');
  });

  it('adds nothing without a hint or an error', () => {
    const html = renderToStaticMarkup(
      <Field id="f-deck" label="Deck">
        <select id="f-deck" />
      </Field>,
    );
    expect(html).toContain('<select id="f-deck"></select>');
  });
});
