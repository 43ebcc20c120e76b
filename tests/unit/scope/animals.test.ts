// Animals and people: a question is veterinary (out of scope) only when no person is the patient. A person
// bitten or scratched, a person who took an animal's medicine, an infection caught from an animal, or a
// person's own health around animals is medical. Examples written for this test, none from the data sets.
import { describe, expect, it } from 'vitest';
import { RuleScopeGuard } from '../../../main/services/scope/scope-guard';

// No safety detector: these tests are about the guard's own reading of who the patient is.
const guard = new RuleScopeGuard(undefined, () => ({ notices: [], matched: [] }));

function expectAll(questions: readonly string[], expected: 'medical' | 'out_of_scope'): void {
  const wrong = questions.filter((question) => guard.classify(question).label !== expected);
  expect(wrong, `should be ${expected}`).toEqual([]);
}

describe('the animal is the patient: veterinary, out of scope', () => {
  it('an animal bitten or scratched by another animal', () => {
    expectAll(
      [
        'Our rabbit was bitten by the neighbour’s cat, should the vet look at the wound?',
        'My dog got scratched by a raccoon last night, does he need a rabies booster?',
        'A fox bit our goat on the leg, is the goat at risk of rabies?',
        'Mi perro fue mordido por otro perro en el parque, ¿necesita antibióticos?',
      ],
      'out_of_scope',
    );
  });

  it('a human drug given to a pet, and an illness of a pet', () => {
    expectAll(
      [
        'Can I give my cat aspirin for a sore paw?',
        'How much amoxicillin does a 30 kg labrador need?',
        'What human painkillers are safe for a dog after surgery?',
        'Mon chat a de la diarrhée depuis deux jours, que faire ?',
        'Mein Pferd lahmt seit gestern, was kann das sein?',
      ],
      'out_of_scope',
    );
  });

  it('names the animals in the reason', () => {
    expect(guard.classify('Can I give my cat aspirin for a sore paw?').reason).toMatch(
      /about animals \(cat\); veterinary questions are out of scope/,
    );
  });
});

describe('a person affected by an animal: medical', () => {
  it('a person bitten or scratched, in four languages', () => {
    expectAll(
      [
        'A stray cat bit my ankle, do I need antibiotics?',
        'I was scratched by my neighbour’s ferret yesterday and the cut is red',
        'My toddler got bitten by our hamster',
        'Bitten by a monkey on holiday, what now?',
        'Un chien m’a mordu la main ce matin',
        'Me arañó un gato en el brazo y se ha hinchado',
        'Ein Hund hat meine Tochter gebissen, was tun?',
      ],
      'medical',
    );
    expect(guard.classify('A stray cat bit my ankle, do I need antibiotics?').reason).toContain(
      'a person bitten or scratched by an animal',
    );
  });

  it('an animal bite named as a noun is a person’s', () => {
    expectAll(['Is a cat bite more likely to get infected than a dog bite?'], 'medical');
  });

  it('a person who took an animal’s medicine', () => {
    expectAll(
      [
        'I swallowed one of my cat’s prednisolone tablets by accident',
        'My son ate two of the dog’s worming tablets',
        'Mi hijo se tomó las pastillas del perro',
      ],
      'medical',
    );
    // The pet took the person's medicine: veterinary.
    expectAll(['My dog swallowed two of my paracetamol tablets, what happens to dogs?'], 'out_of_scope');
  });

  it('an infection a person catches from an animal, and a person’s health around animals', () => {
    expectAll(
      [
        'Can I get toxoplasmosis from my kitten?',
        'Can humans catch mange from foxes?',
        'Kann ich mich bei meiner Katze mit Würmern anstecken?',
        'I’m allergic to horses, will antihistamines help at the stable?',
        'Why does my eczema flare when I groom the dog?',
      ],
      'medical',
    );
    // The pet catches it: veterinary.
    expectAll(['Can my dog catch a cold from me?'], 'out_of_scope');
  });

  it('an illness "from" an animal, one caught by touching an animal, and a bat against the skin', () => {
    expectAll(
      [
        'Is salmonella from a pet turtle dangerous for a toddler?',
        'How common is cat scratch fever from a kitten?',
        'Can you catch ringworm while petting a stray cat?',
        '¿Se puede contagiar la sarna al acariciar un perro callejero?',
        'Peut-on attraper des vers en caressant un chien ?',
        'A bat brushed against my arm in the barn, should I worry?',
        'Ein Fledermaus hat mein Gesicht gestreift, ist das gefährlich?',
      ],
      'medical',
    );
    // The illness is the animal's own, or the animal caught it from another.
    expectAll(
      [
        'My puppy got worms from another dog at the kennel, which dewormer?',
        'My cat has ringworm from the neighbour’s cat, which cream for him?',
        'What is the best way to stop my dog getting fleas from the cat?',
      ],
      'out_of_scope',
    );
  });

  it('an animal’s name that is food or a phrase is not an animal', () => {
    expectAll(['Does chicken soup really help a cold?', 'What does a PET scan show in lymphoma?'], 'medical');
  });

  it('a bite with no animal is no animal bite', () => {
    expectAll(['The bug bit me again in production', 'Why does this regex bite every beginner?'], 'out_of_scope');
  });
});
