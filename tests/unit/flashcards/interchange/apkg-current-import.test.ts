// A current-format package (Anki's default export since 2.1.50) imports like its legacy twin:
// no "export again with Support older Anki versions" refusal any more.
import { describe, expect, it } from 'vitest';
import { importApkg } from '../../../../main/services/flashcards/interchange';
import { sampleContent } from '../../../fixtures/anki/package-content';
import { writeAnkiPackage } from '../../../fixtures/anki/write-anki-package';

const content = sampleContent();

describe('importApkg on current-format packages', () => {
  const result = importApkg(writeAnkiPackage(content, 'latest'));

  it('maps notes to decks by their first card, with front/back from the first two fields', () => {
    expect(result.decks.map((d) => [d.name, d.notes.map((n) => n.guid)])).toEqual([
      ['Pharmacology', ['Ab3$kP9{x1']],
      ['Medicine::Cardiology', ['Rv2#tachy']],
      // the cloze note's first card is in ECG; its second sits in a filtered deck and goes home too
      ['Medicine::Cardiology::ECG', ['Cz3-afib', 'Bs5/stemi']],
      ['Medicine::Histology', ['Hs4_alv']],
    ]);
    const notes = result.decks.flatMap((d) => d.notes);
    expect(notes[0]).toEqual({
      type: 'basic',
      front: 'First-line drug for stable angina?',
      back: 'Beta blocker\n(e.g. metoprolol)',
      tags: ['pharm', 'cardio'],
      guid: 'Ab3$kP9{x1',
    });
    expect(notes[1]).toMatchObject({ front: 'Tachycardia', back: 'Heart rate > 100 bpm', tags: ['cardio::vitals'] });
    expect(notes[2]).toMatchObject({
      type: 'cloze',
      front: '{{c1::Atrial fibrillation}} shows an {{c2::irregularly irregular::rhythm}} rhythm',
      back: 'No P waves',
    });
  });

  it("keeps today's warnings for extra fields and media", () => {
    expect(result.warnings).toEqual([
      '1 note(s) of type "Histology slide" had fields beyond the first two; those were not imported',
      '2 media file(s) (images, audio) were not imported',
    ]);
  });

  it('gives exactly what the legacy packages with the same content give', () => {
    expect(importApkg(writeAnkiPackage(content, 'legacy2'))).toEqual(result);
    expect(importApkg(writeAnkiPackage(content, 'legacy1'))).toEqual(result);
  });
});
