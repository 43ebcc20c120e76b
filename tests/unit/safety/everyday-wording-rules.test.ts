// The rules alone on everyday wording of animal exposures and dose questions (en/es/fr/de): horns and antlers,
// "the snake got my ankle", French and German bites told without "mordu par"/"hat mich", vaccine shots counted,
// brand names, two amounts weighed. Each concept has look-alikes that must stay without the notice.
import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../main/services/safety';

const rules = (text: string) => assessSafety(text, { learned: false }).notices;

describe('animal exposure in everyday wording', () => {
  it.each([
    'the ram caught me with his horns against the fence and there is a deep cut on my thigh',
    "a stag's antler went into my forearm while we were loading it",
    'a copperhead got my ankle while i was weeding',
    'the neighbours alsatian grabbed my forearm through the gate',
    'a kangaroo scratched my arm at the petting zoo',
    'le chevreuil blessé l’a encorné à la jambe',
    'le hamster de ma fille a mordu le doigt de son copain',
    'si un chien me mord au Maroc, faut-il un vaccin ?',
    'la rage est-elle transmissible par une griffure ?',
    'el toro lo corneó en la pierna',
    'Ein Kind wurde auf dem Spielplatz von einem fremden Hund gebissen',
    'Katze hat Kind in die Hand gebissen, was tun?',
    "what does a rattlesnake's venom do to your blood",
    'we found a dead bat in the nursery this morning',
  ])('"%s" → animal_exposure', (text) => {
    expect(rules(text)).toContain('animal_exposure');
  });

  it.each([
    'the dog got me a stick from the river',
    'a horse fly got me on the neck',
    'la rage au volant, comment la gérer ?',
    'is the rage virus in that zombie film real',
    'he played a dead bat to the last ball of the over',
    'how do antlers grow back every year',
    'mon chat a mordu le canapé',
  ])('"%s" → no animal_exposure', (text) => {
    expect(rules(text)).not.toContain('animal_exposure');
  });
});

describe('dose questions in everyday wording', () => {
  it.each([
    'how many rabies jabs will i need after a monkey scratched me',
    '¿cuántas vacunas de tétanos me tocan después de la herida?',
    'Wie viele Impfdosen braucht man gegen Hepatitis B?',
    "combien d'unités de Lantus le soir ?",
    'wieviel Novalgin darf Oma nehmen?',
    'how much Motrin for my 4 year old',
    "what's the most Calpol a toddler can have in a day",
    'max daily Zyrtec for an adult',
    'can I take two Aleve instead of one when my back is bad',
    'NyQuil then Sudafed, how many hours apart',
    'is it 10 mg or 20 mg for the first week',
  ])('"%s" → dose', (text) => {
    expect(rules(text)).toContain('dose');
  });

  it.each([
    'how many shots of espresso in a flat white',
    'cuánto cuesta la carrera de medicina',
    'how much is a box of Sudafed at the pharmacy, it costs a fortune',
    'how many vaccines are there against malaria',
  ])('"%s" → no dose', (text) => {
    expect(rules(text)).not.toContain('dose');
  });
});

describe('others’ medicine: a product for children is not someone else’s', () => {
  it('"children\'s Motrin" is a product, but "my son\'s Motrin" is his', () => {
    expect(rules("How much children's Motrin for a 12 kg toddler?")).not.toContain('others_medicine');
    expect(rules("I took my son's Motrin for my headache")).toContain('others_medicine');
  });
});

describe('eating-disorder signs as relatives describe them', () => {
  it.each([
    'my sister drinks laxative tea every morning to keep her stomach flat',
    'mi amiga toma diuréticos para adelgazar antes de la boda',
    'il prend des laxatifs pour maigrir avant l’été',
    'Sie nimmt Entwässerungstabletten, um schlank zu bleiben',
    'he keeps bringing his dinner back up after eating so he does not put on weight',
    'mi prima se purga cada fin de semana',
    'she always says she already ate at a friend’s house but she is getting so thin',
    'er sagt immer, er hat schon gegessen',
    'my son pushes his food around the plate and leaves the table',
    'she says she has to earn her dinner by doing an hour of cardio',
    'ich esse seit zwei Wochen unter 500 kcal am Tag',
    'my daughter barely eats anything now and her periods have stopped',
  ])('"%s" → eating_disorder', (text) => {
    expect(rules(text)).toContain('eating_disorder');
  });

  it.each([
    'laxatives for constipation after surgery, which is gentlest',
    '¿Cómo se purga un radiador?',
    'how do I earn more money on weekends',
    'a 300 calorie snack that keeps me full until dinner',
    'the dog pushes his food bowl around the kitchen',
    'my periods stopped after I started the pill, is that normal',
  ])('"%s" → no eating_disorder', (text) => {
    expect(rules(text)).not.toContain('eating_disorder');
  });
});

describe('crisis and emergency told plainly', () => {
  it.each(
    [
      ['he gave his guitar to his nephew and said he won’t be needing it where he’s going', 'crisis'],
      ['ma sœur dit qu’elle veut disparaître', 'crisis'],
      ['a veces preferiría no despertar', 'crisis'],
      'Ich denke manchmal, einfach springen, dann ist alles vorbei',
      ['sie ritzt sich seit Wochen', 'crisis'],
      ['the rope in the garage looks like an answer some nights', 'crisis'],
      ['tightness in my chest going into my jaw since I carried the shopping', 'emergency'],
      ['mi abuelo tiene el brazo izquierdo entumido y no se siente bien', 'emergency'],
      ['my daughter has been fitting for seven minutes', 'emergency'],
      ['blood is spurting from his leg after the chainsaw slipped', 'emergency'],
      ['se me está cerrando la garganta después del cacahuete', 'emergency'],
      ['mi madre dice que es el peor dolor de cabeza de su vida', 'emergency'],
    ].map((item) => (typeof item === 'string' ? [item, 'crisis'] : item)),
  )('"%s" → %s', (text, kind) => {
    expect(rules(text)).toContain(kind);
  });

  it.each([
    ['gave my old bike away because I won’t be needing it after the move', 'crisis'],
    ['le magicien fait disparaître la pièce, comment ?', 'crisis'],
    ['the dog was fitting in for five minutes at the party', 'emergency'],
    ['a tight chest of drawers for the hallway', 'emergency'],
    ['fue el peor día de su vida, lo despidieron', 'emergency'],
  ])('"%s" → no %s', (text, kind) => {
    expect(rules(text)).not.toContain(kind);
  });
});
