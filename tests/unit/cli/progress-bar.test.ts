// CLI progress: a redrawn bar on a terminal, a line at most every few seconds otherwise.
import { describe, expect, it } from 'vitest';
import { ProgressBar } from '../../../main/cli/progress-bar';

function sink(isTTY: boolean) {
  const writes: string[] = [];
  return { out: { isTTY, write: (text: string) => writes.push(text) }, writes };
}

describe('ProgressBar', () => {
  it('redraws one line on a terminal and ends it on finish', () => {
    const { out, writes } = sink(true);
    const bar = new ProgressBar(out, 'base');
    bar.update(1, 4, '100 tok/s');
    bar.update(4, 4, '120 tok/s');
    bar.finish();
    expect(writes[0]).toMatch(/^\rbase \[#{6}-{18}\] 1\/4 · 100 tok\/s/);
    expect(writes[1]).toMatch(/^\rbase \[#{24}\] 4\/4 · 120 tok\/s/);
    expect(writes[2]).toBe('\n');
  });

  it('without a terminal, writes whole lines no more than every 5 s, and always the last', () => {
    const { out, writes } = sink(false);
    let time = 0;
    const bar = new ProgressBar(out, 'base', () => time);
    bar.update(1, 10, 'a');
    time = 1000;
    bar.update(2, 10, 'b');
    time = 6000;
    bar.update(3, 10, 'c');
    time = 6500;
    bar.update(10, 10, 'd');
    bar.finish();
    expect(writes).toEqual(['base: 1/10 (10%) · a\n', 'base: 3/10 (30%) · c\n', 'base: 10/10 (100%) · d\n']);
  });
});
