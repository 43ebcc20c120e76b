// Make-cards review rows: duplicates start unticked; only ticked, filled-in rows are saved.
import { describe, expect, it } from 'vitest';
import { chosenCards, toRows } from '../../../renderer/src/features/flashcards/make-cards/state/proposals';

describe('make-cards proposal rows', () => {
  it('unticks duplicates and saves only ticked rows with both sides', () => {
    const rows = toRows([
      { front: 'A?', back: 'a', type: 'basic', duplicate: false },
      { front: 'B?', back: 'b', type: 'basic', duplicate: true },
      { front: '{{c1::C}}', back: 'extra', type: 'cloze', duplicate: false },
    ]);
    expect(rows.map((r) => r.chosen)).toEqual([true, false, true]);
    rows[0] = { ...rows[0]!, front: '  A edited?  ' };
    rows[2] = { ...rows[2]!, back: '   ' };
    expect(chosenCards(rows)).toEqual([{ front: 'A edited?', back: 'a', noteType: 'basic' }]);
  });
});
