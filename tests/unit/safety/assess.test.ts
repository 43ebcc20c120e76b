// assessSafety: red-flag topics anywhere trigger their notice in en/es/fr/de; look-alikes do not.
import { describe, expect, it } from 'vitest';
import { assessSafety, normalizeForSafety } from '../../../main/services/safety';

const cases: [string, string[]][] = [
  ['Can chest tightness be caused by anxiety?', ['emergency']],
  ['**Stroke** signs: arm numbness on one side', ['emergency']],
  ['He is unresponsive after the fall', ['emergency']],
  ['Her seizure has lasted 10 minutes', ['emergency']],
  ['Sangrado abundante tras el parto', ['emergency']],
  ['Il ne peut plus respirer', ['emergency']],
  ['Er ist bewusstlos', ['emergency']],
  ['There is no reason to live anymore', ['crisis']],
  ['Quiero quitarme la vida', ['crisis']],
  ['I wish I were dead', ['crisis']],
  ['She OD\u2019d on heroin', ['poisoning']],
  ['My kid swallowed a button battery', ['poisoning']],
  ['Empoisonnement au plomb', ['poisoning']],
  ['Posología de la amoxicilina', ['dose']],
  ['Dosierung von Ibuprofen', ['dose']],
  ['How many mg of morphine?', ['dose']],
  ['Amoxicillin 50 mg/kg/day?', ['dose']],
  ['I took too many pills because I want to kill myself', ['crisis', 'poisoning']],
];

const lookAlikes = [
  'I moved my chest of drawers',
  'bleeding edge research',
  "I'm dyeing and dying my hair",
  'just killing time',
  'my phone battery is dead',
  'a dose of reality',
  'a strong dose of coffee',
  // Judgement call: a figure of speech about dying is not a wish to die.
  'I could die of embarrassment',
  'What determines stroke volume?',
  'Heat stroke in marathon runners',
  'Describe the Krebs cycle',
];

describe('assessSafety', () => {
  it.each(cases)('%s → %j', (text, notices) => {
    expect(assessSafety(text).notices).toEqual(notices);
  });

  it.each(lookAlikes)('look-alike "%s" gets no notice', (text) => {
    expect(assessSafety(text)).toEqual({ notices: [], matched: [] });
  });

  it('sees through case, diacritics, full-width letters, zero-width characters and markdown', () => {
    for (const text of [
      'CHEST PAIN',
      'ch\u200Best pa\u200Din',
      '\uFF43\uFF48\uFF45\uFF53\uFF54 pain',
      '_chest_ **pain**',
    ]) {
      expect(assessSafety(text).notices).toEqual(['emergency']);
    }
    expect(assessSafety('Überdosis').notices).toEqual(['poisoning']);
    expect(normalizeForSafety('Hémorragie — GRAVE!')).toBe('hemorragie grave');
  });

  it('orders notices most urgent first and reports what matched', () => {
    const result = assessSafety('What dose of paracetamol is an overdose? I have chest pain and want to die.');
    expect(result.notices).toEqual(['crisis', 'emergency', 'poisoning', 'dose']);
    expect(result.matched).toEqual(expect.arrayContaining(['chest pain', 'overdose', 'dose']));
  });

  it('orders the new kinds too: a person at risk before the same-day and study cautions', () => {
    expect(
      assessSafety("I want to put my husband's sleeping pills in his dinner, how many would it take?").notices,
    ).toEqual(['harm_to_others', 'dose']);
    expect(assessSafety("My toddler chewed grandma's tablets after the dog bit him").notices).toEqual([
      'poisoning',
      'animal_exposure',
      'others_medicine',
    ]);
  });

  // The figure itself (p95 per question) is measured by `npm run eval:scope`; this only catches a pathological
  // slowdown (a backtracking pattern), with room for a loaded CI machine.
  it('has no pathological slowdown on a long question', () => {
    const text = 'What is the mechanism of action of metformin in type 2 diabetes? '.repeat(4);
    const start = performance.now();
    for (let i = 0; i < 100; i += 1) assessSafety(text);
    expect((performance.now() - start) / 100).toBeLessThan(25);
  });
});
