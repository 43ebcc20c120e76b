// An .apkg built independently from Anki's published schema (tests/fixtures/anki) imports correctly.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importApkg } from '../../../../main/services/flashcards/interchange';
import { buildReferenceApkg } from '../../../fixtures/anki/reference-apkg';

const EXPECTED_DECKS = [
  {
    name: 'Pharmacology::Antibiotics',
    notes: [
      {
        type: 'basic',
        // HTML converted to text: tags dropped, <br> -> newline, entities decoded.
        front: 'Penicillin class?',
        back: 'β-lactam\ninhibits & kills <cell walls>',
        tags: ['pharm', 'antibiotics'],
        guid: 'guidBasic1',
      },
    ],
  },
  {
    name: 'Cardiology',
    notes: [
      {
        type: 'basic',
        front: 'QT interval',
        back: 'Start of QRS\nto end of T',
        tags: ['cardio::rhythm'],
        guid: 'guidMed2',
      },
      {
        type: 'cloze',
        front: '{{c1::Atrial fibrillation::arrhythmia}} is the most common {{c2::sustained}} arrhythmia',
        back: 'Irregularly irregular',
        tags: ['cardio'],
        guid: 'guidCloze3',
      },
    ],
  },
  // A deck with no cards is kept; its parent "Pharmacology", Default and the filtered deck are not.
  { name: 'Renal', notes: [] },
];

describe('importing an independently built .apkg', () => {
  it('reads collection.anki2: note types, decks via cards (filtered cards go home), tags, cloze', () => {
    const result = importApkg(buildReferenceApkg('anki2'));
    expect(result.decks).toEqual(EXPECTED_DECKS);
    expect(result.warnings).toEqual([
      '1 note(s) of type "Single" were skipped: it is neither Cloze nor has two fields',
      '1 note(s) of type "Medical" had fields beyond the first two; those were not imported',
      '1 media file(s) (images, audio) were not imported',
    ]);
  });

  it('prefers collection.anki21 over the placeholder collection.anki2', () => {
    expect(importApkg(buildReferenceApkg('anki21')).decks).toEqual(EXPECTED_DECKS);
  });

  it('reads a collection saved in WAL mode', () => {
    const apkg = buildReferenceApkg('anki2', { wal: true });
    expect(unzipSync(apkg)['collection.anki2']?.[18]).toBe(2); // the header really says WAL
    expect(importApkg(apkg).decks).toEqual(EXPECTED_DECKS);
  });

  it('reads collection.anki21b, not the placeholder beside it, and says when it is not zstd', () => {
    expect(() => importApkg(buildReferenceApkg('anki21b'))).toThrow(
      /^collection\.anki21b is not valid zstd data: no zstd frame starts at byte 0$/,
    );
  });
});
