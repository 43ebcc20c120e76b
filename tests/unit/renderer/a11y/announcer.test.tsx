// The live region: each message empties the region and then fills it, so the same message twice is heard
// twice; a newer message replaces one still waiting; long text is shortened at a sentence or a word.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LiveRegion } from '../../../../renderer/src/components/a11y/Announcer';
import { ANNOUNCE_DELAY_MS, createAnnouncer, type Timers } from '../../../../renderer/src/components/a11y/announcer';
import { forSpeech } from '../../../../renderer/src/components/a11y/speech-text';

/** Timers run by hand: `tick(ms)` fires what is due. */
function manualTimers() {
  let now = 0;
  let next = 0;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set: (run, ms) => {
      pending.set(++next, { at: now + ms, run });
      return next;
    },
    clear: (handle) => pending.delete(handle as number),
  };
  const tick = (ms: number) => {
    now += ms;
    for (const [handle, timer] of [...pending]) {
      if (timer.at > now) continue;
      pending.delete(handle);
      timer.run();
    }
  };
  return { timers, tick, pending };
}

describe('createAnnouncer', () => {
  it('empties the region, then shows the message a moment later', () => {
    const { timers, tick } = manualTimers();
    const announcer = createAnnouncer(timers);
    const seen: string[] = [];
    announcer.subscribe(() => seen.push(announcer.current()));
    announcer.announce('Answer ready.');
    expect(announcer.current()).toBe('');
    tick(ANNOUNCE_DELAY_MS - 1);
    expect(announcer.current()).toBe('');
    tick(1);
    expect(announcer.current()).toBe('Answer ready.');
    expect(seen).toEqual(['Answer ready.']);
  });

  it('announces the same message again: cleared, then set', () => {
    const { timers, tick } = manualTimers();
    const announcer = createAnnouncer(timers);
    const seen: string[] = [];
    announcer.subscribe(() => seen.push(announcer.current()));
    announcer.announce('Card deleted');
    tick(ANNOUNCE_DELAY_MS);
    announcer.announce('Card deleted');
    expect(announcer.current()).toBe('');
    tick(ANNOUNCE_DELAY_MS);
    expect(seen).toEqual(['Card deleted', '', 'Card deleted']);
  });

  it('lets a newer message replace one still waiting, and ignores blank ones', () => {
    const { timers, tick, pending } = manualTimers();
    const announcer = createAnnouncer(timers);
    announcer.announce('Saved to Inbox');
    announcer.announce('  Undone.  ');
    announcer.announce('   ');
    expect(pending.size).toBe(1);
    tick(ANNOUNCE_DELAY_MS);
    expect(announcer.current()).toBe('Undone.');
  });

  it('stops its timer and listeners when disposed', () => {
    const { timers, tick, pending } = manualTimers();
    const announcer = createAnnouncer(timers);
    let calls = 0;
    announcer.subscribe(() => calls++);
    announcer.announce('Answer ready.');
    announcer.dispose();
    expect(pending.size).toBe(0);
    tick(ANNOUNCE_DELAY_MS);
    expect(calls).toBe(0);
  });
});

describe('LiveRegion', () => {
  it('is a polite, atomic status region, hidden visually, holding the current text', () => {
    const { timers, tick } = manualTimers();
    const announcer = createAnnouncer(timers);
    announcer.announce('Answer: 3.5–5.0 mmol/L');
    tick(ANNOUNCE_DELAY_MS);
    const html = renderToStaticMarkup(<LiveRegion announcer={announcer} />);
    expect(html).toContain('role="status"');
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('aria-atomic="true"');
    expect(html).toContain('class="sr-only"');
    expect(html).toContain('>Answer: 3.5–5.0 mmol/L</div>');
  });
});

describe('forSpeech', () => {
  it('keeps short text whole, with its spacing flattened', () => {
    expect(forSpeech('  Hyponatraemia is\n\na low   sodium. ')).toBe('Hyponatraemia is a low sodium.');
  });

  it('cuts long text after its last whole sentence within the limit', () => {
    const text = 'First sentence here. Second one is here too. Third sentence runs on past the limit for sure.';
    expect(forSpeech(text, 50)).toBe('First sentence here. Second one is here too.');
  });

  it('cuts at a word with an ellipsis when no sentence ends late enough', () => {
    const text = 'Sodium potassium chloride bicarbonate urea creatinine glucose calcium magnesium phosphate';
    const spoken = forSpeech(text, 40);
    expect(spoken).toBe('Sodium potassium chloride bicarbonate…');
    expect(spoken.length).toBeLessThanOrEqual(41);
  });
});
