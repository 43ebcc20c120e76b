// The concepts behind build-fresh-8's first-run misses, in new words: health-care schools, jobs and shops; organ
// meats in a recipe; other fields' abbreviations (astronomy, storage, roman numerals, school sport, music
// software, ships); plain questions about growth, night terrors, naps and cracked lips; and a bite or an animal's
// medicine that the detector gives a person, which makes the question medical even when an animal is named; an
// animal in a simile ("like a horse") names none.
import { describe, expect, it } from 'vitest';
import { createScopeGuard } from '../../../main/services/scope';

const guard = createScopeGuard();

function expectAll(questions: readonly string[], expected: 'medical' | 'out_of_scope'): void {
  const wrong = questions.filter((question) => guard.classify(question).label !== expected);
  expect(wrong, `should be ${expected}`).toEqual([]);
}

describe('fifteenth round: out of scope', () => {
  it('health-care schools, jobs and shops as such', () => {
    expectAll(
      [
        'is dental school tuition worth it compared to law school',
        'what hours is the pharmacy at the mall open on saturday',
        'best software for a small physician practice to handle scheduling',
      ],
      'out_of_scope',
    );
  });
  it('organ meats and figures in the kitchen, on the couch and in music', () => {
    expectAll(
      [
        'slow cooker kidney beans and rice for a crowd',
        'chicken liver pâté recipe with brandy',
        'how do I get a blood red stain out of a rug',
        'my friend refuses to cough up the cash for the trip',
        'me muero de ganas de ver la final',
      ],
      'out_of_scope',
    );
  });
  it("other fields' abbreviations", () => {
    expectAll(
      [
        'what RA and declination should I enter for Vega on my telescope',
        'why does a 4TB drive show less space than TB on the box',
        'our PE teacher wants new dodgeball rules for the spring term',
        'what does MS mean in front of a ship name',
      ],
      'out_of_scope',
    );
  });
});

describe('fifteenth round: medical', () => {
  it('plain questions about growth, sleep and skin', () => {
    expectAll(
      [
        'my daughter is much shorter than her classmates, is her height something to check',
        'our 4 year old has night terrors most weeks',
        'mein vater macht jeden tag zwei stunden mittagsschlaf',
        'was hilft gegen rissige lippen im winter',
      ],
      'medical',
    );
  });
  it('a person bitten or taking an animal’s medicine, with the animal named', () => {
    expectAll(
      [
        'the stray dog that bit me ran off, do I need rabies shots',
        'meine tochter wurde vom pony gebissen',
        'ich habe die wurmtablette meines hundes genommen',
        'it feels like a horse is standing on my chest',
      ],
      'medical',
    );
  });
  it('still veterinary when only the animal is hurt', () => {
    expectAll(
      ['the neighbours cat scratched my dogs nose', 'how often should indoor cats get the rabies vaccine'],
      'out_of_scope',
    );
  });
});
