// Veterinary questions get no medical notice: the animal is the patient. A person hurt or exposed still gets one.
import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../main/services/safety';

describe('veterinary questions', () => {
  it.each([
    'My dog ate some of my paracetamol, will he be ok?',
    'mg per kg of carprofen for a labrador',
    'How much ivermectin for a 400 kg horse?',
    'My cat was bitten by a rat and the bite is swollen',
    'Is chocolate poisoning in dogs serious?',
    'Mon chien a avalé un comprimé',
  ])('"%s" → no notice', (text) => {
    expect(assessSafety(text).notices).toEqual([]);
  });

  it.each([
    ['My dog bit my son after I gave the dog his tablets', 'animal_exposure'],
    ["I accidentally took my cat's gabapentin", 'others_medicine'],
    ['My dog died and I want to die too', 'crisis'],
  ] as const)('"%s" still gets %s', (text, kind) => {
    expect(assessSafety(text).notices).toContain(kind);
  });
});
