// animal_exposure: a person bitten, scratched or gored by an animal, bat contact, rabies and bite/scratch
// infections, in en/es/fr/de. The animal as patient (veterinary), human bites, frostbite and code bugs do not.
import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../main/services/safety';

const notices = (text: string) => assessSafety(text).notices;

describe('animal_exposure notice', () => {
  it.each([
    'a stray cat bit my thumb and it is throbbing',
    "My toddler got nipped by the neighbours' terrier",
    'I was scratched by a kitten at the shelter',
    "found a bat in the kids' bedroom this morning",
    'A goat gored my leg at the petting farm',
    'Is rabies post-exposure prophylaxis needed after a monkey bite?',
    'What is cat scratch disease?',
    'Me mordió el perro de mi vecino',
    "J'ai été mordu par un chien errant",
    'Mich hat eine Katze gekratzt',
    'Wie behandelt man einen Hundebiss?',
  ])('"%s"', (text) => {
    expect(notices(text)).toContain('animal_exposure');
  });

  it('adds emergency for a bite that will not stop bleeding', () => {
    expect(notices("A dog bit my arm and it won't stop bleeding")).toEqual(['emergency', 'animal_exposure']);
  });

  it.each([
    'My dog was bitten by a fox, what should I do?',
    'A snake bit our horse on the leg',
    'Can a vaccinated cat get rabies?',
    'I bit my tongue while eating',
    'Can a human bite get infected?',
    'frostbite on my fingers after climbing',
    'The bug bit me in prod again',
    'What are mouse bites in PCB panels?',
    'How heavy is a cricket bat?',
    'Mi perro mordió a otro perro',
    'Mein Hund wurde von einer Zecke gebissen',
  ])('no notice for "%s"', (text) => {
    expect(notices(text)).not.toContain('animal_exposure');
  });
});
