// The client-side stop strings: the answer ends before the first stop string however the text was split,
// and text that only looked like the start of one is released.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StopStringFilter } from '../../../main/services/remote-engine/stop-filter';

const STOPS = ['<end_of_turn>', '<start_of_turn>'];

function run(pieces: readonly string[], stops = STOPS): { text: string; hit: boolean } {
  const filter = new StopStringFilter(stops);
  let text = pieces.map((piece) => filter.push(piece)).join('');
  text += filter.flush();
  return { text, hit: filter.hit };
}

function splitAt(text: string, cuts: readonly number[]): string[] {
  const sorted = [...new Set(cuts)].filter((cut) => cut > 0 && cut < text.length).sort((a, b) => a - b);
  const parts: string[] = [];
  let start = 0;
  for (const cut of [...sorted, text.length]) {
    parts.push(text.slice(start, cut));
    start = cut;
  }
  return parts;
}

describe('StopStringFilter', () => {
  it('cuts at a stop string split across pieces', () => {
    expect(run(['Rest and fluids.<end_', 'of_turn>\n<start_of_turn>user'])).toEqual({
      text: 'Rest and fluids.',
      hit: true,
    });
  });

  it('releases held-back text that did not become a stop string', () => {
    const filter = new StopStringFilter(STOPS);
    expect(filter.push('a <end')).toBe('a ');
    expect(filter.push('ive')).toBe('<endive');
    expect(filter.push(' <')).toBe(' ');
    expect(filter.flush()).toBe('<');
    expect(filter.hit).toBe(false);
  });

  it('cuts at the earliest of several stop strings', () => {
    expect(run(['x\nQuestion: y<end_of_turn>'], ['<end_of_turn>', '\nQuestion:'])).toEqual({ text: 'x', hit: true });
  });

  it('passes everything through without stop strings', () => {
    expect(run(['a', 'b'], [])).toEqual({ text: 'ab', hit: false });
  });

  it('gives the same answer for any split of the text', () => {
    const alphabet = fc.constantFrom('a', ' ', '<', 'e', 'n', 'd', '_', 'o', 'f', 't', 'u', 'r', '>', 'é', '\n');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((chars) => chars.join('')),
        fc.option(fc.constantFrom(...STOPS)),
        fc.array(fc.integer({ min: 1, max: 80 }), { maxLength: 12 }),
        (prefix, stop, cuts) => {
          const text = stop === null ? prefix : `${prefix}${stop}tail`;
          const whole = text;
          const firstStop = Math.min(...STOPS.map((s) => whole.indexOf(s)).filter((at) => at !== -1));
          const expected = Number.isFinite(firstStop) ? whole.slice(0, firstStop) : whole;
          expect(run(splitAt(text, cuts))).toEqual({ text: expected, hit: Number.isFinite(firstStop) });
        },
      ),
      { numRuns: 300 },
    );
  });
});
