// Red flags told as stories rather than named, in en/es/fr/de: many pills at once, party drugs mixed or counted,
// wild mushrooms and berries eaten, a child into a relative's tablets, medicine slipped into a child's drink,
// fasting told with pride, rabies shots counted, a tourniquet, breathing oddly. The rules alone are tested here,
// each with look-alikes that must stay without the notice.
import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../main/services/safety';

const rules = (text: string) => assessSafety(text, { learned: false }).notices;

describe('poisoning told as a story', () => {
  it.each([
    'my brother swallowed about 12 of his anxiety tablets after the argument',
    'se tomó como quince pastillas de golpe y ahora no habla bien',
    'il a pris environ dix comprimés de son traitement ce soir',
    'sie hat etwa zwanzig Tabletten geschluckt',
    'my aunt finished the whole strip of tablets last night',
    'is it dangerous to mix mdma with antidepressants',
    'wir haben Pilze im Wald gesammelt und gegessen, jetzt ist meinem Vater übel',
    'comimos unas setas que encontramos en el monte',
    'we ate some mushrooms we thought were chanterelles',
    'is a death cap always fatal',
    'my toddler chewed a foxglove leaf in the garden',
    'ma fille de 3 ans a avalé des gélules de sa grand-mère',
    "my nephew got into grandpa's warfarin, the 2 year old might have had one",
    'le bébé a vidé le flacon de sirop pendant la sieste',
    'how many mg of iron is dangerous for a toddler',
    'mi hijo se tomó cloro pensando que era agua',
    'the camping stove was on in the tent all night and now we are dizzy',
    'hicimos una fogata dentro de la cabaña y ahora tenemos dolor de cabeza',
  ])('"%s" → poisoning', (text) => {
    expect(rules(text)).toContain('poisoning');
  });

  it.each([
    'took 2 paracetamol for my headache, is that enough',
    'my son ate a whole box of cereal this morning',
    'how much nicotine is in a whole pack of cigarettes',
    'mixing paint colours to get a teal',
    'when should I prune the oleander hedge',
    'how to grow foxglove from seed',
    'mushroom risotto recipe with store-bought chestnut mushrooms',
    'mi gato tomó agua de la piscina con cloro',
  ])('"%s" → no poisoning', (text) => {
    expect(rules(text)).not.toContain('poisoning');
  });
});

describe('doses of party drugs and rabies shots', () => {
  it.each([
    'how many molly pills is a normal amount for a festival',
    'cuántas tachas se toman en una fiesta',
    'wie viele Tollwutimpfungen bekommt man nach einem Katzenbiss',
    'cuántos días de vacunas hay que ponerse por la rabia',
    'vaccine schedule after a dog bite, what are the days',
    'Ibuprofen bei Fieber, wie viel nimmt man als Erwachsener',
    'my kid uses an epipen, at what weight does he move to the adult one',
  ])('"%s" → dose', (text) => {
    expect(rules(text)).toContain('dose');
  });

  it.each(['how many molecules are in a mole'])('"%s" → no dose', (text) => {
    expect(rules(text)).not.toContain('dose');
  });
});

describe('crisis and emergency told plainly', () => {
  it.each([
    'how many sleeping pills would it take to kill me',
    'ce serait mieux pour tout le monde si je n’étais plus là',
    'quiero dormirme y no despertar nunca',
    'ich möchte einfach einschlafen und nicht mehr aufwachen',
    'dice que se va a aventar del puente si lo dejan',
    'seit Wochen redet er nur noch vom Sterben',
    'me corté otra vez el brazo anoche',
    "i keep scratching my arms til they bleed when i'm upset",
  ])('"%s" → crisis', (text) => {
    expect(rules(text)).toContain('crisis');
  });

  it.each([
    'me corté el dedo cortando cebolla',
    'the film made me want to sleep for a week',
    'die Pflanze ist am Sterben, was tun',
  ])('"%s" → no crisis', (text) => {
    expect(rules(text)).not.toContain('crisis');
  });

  it.each([
    'how do I put on a tourniquet on a leg wound',
    'er ist gestürzt und atmet ganz komisch',
    'mi abuelo respira muy raro y no contesta',
    'ECG changes in an inferior wall MI',
  ])('"%s" → emergency', (text) => {
    expect(rules(text)).toContain('emergency');
  });

  it.each(['mi casa es su casa', 'the MI5 headquarters in London'])('"%s" → no emergency', (text) => {
    expect(rules(text)).not.toContain('emergency');
  });
});

describe('eating-disorder signs and medicine in secret', () => {
  it.each([
    'she only eats one apple a day and runs every morning',
    'no he comido en tres días y estoy orgullosa',
    'je mâche et je recrache la nourriture pour ne pas grossir',
    'er kaut das Essen und spuckt es wieder aus',
    'solo tomo agua y café para bajar de peso rápido',
    'I take water pills before a night out so I look less bloated in photos',
    'my sister throws her lunch away when she thinks no one is looking',
    'you can see her ribs and she still says she is fat',
  ])('"%s" → eating_disorder', (text) => {
    expect(rules(text)).toContain('eating_disorder');
  });

  it.each([
    'I only had an apple for a snack before the meeting',
    'on voit les côtes anglaises depuis Calais',
    'how long can I go without eating before a blood test',
  ])('"%s" → no eating_disorder', (text) => {
    expect(rules(text)).not.toContain('eating_disorder');
  });

  it.each([
    'the babysitter puts melatonin in the kids juice so they sleep',
    'il veut donner des somnifères à sa femme en cachette',
  ])('"%s" → harm_to_others', (text) => {
    expect(rules(text)).toContain('harm_to_others');
  });

  it.each([
    'mi hermana me dio de su sertralina para probar',
    "I took two painkillers out of another camper's bag",
    'the toddler was alone with grandma’s pill organiser for ten minutes',
    'me tomé el clonazepam de mi roomie',
  ])('"%s" → others_medicine', (text) => {
    expect(rules(text)).toContain('others_medicine');
  });
});

describe('people and animals', () => {
  it('reads "my calf" as a leg, so an animal bite on it is an exposure', () => {
    expect(rules('a goat bit my calf at the petting zoo and it is bleeding')).toContain('animal_exposure');
  });

  it.each(['me rasguñó un mapache en el patio', 'der Stier hat ihn aufgespießt'])('"%s" → animal_exposure', (text) => {
    expect(rules(text)).toContain('animal_exposure');
  });
});

describe('look-alikes of the new wording', () => {
  it.each([
    'how much wormer for an 8 week old kitten',
    'vermifuge chaton 1 kg quelle dose',
    'cuánto ibuprofeno le puedo dar a mi perrita',
    'cada cuánto se vacuna de la rabia al cachorro',
    'Tollwutimpfung für unseren Hofhund, wie oft auffrischen',
    "our dog bit the neighbour's goat, does the goat need a rabies shot",
    'snakebite and black, which pubs still serve it',
    'Grey’s Anatomy or House, which is better to binge',
  ])('"%s" → no notice', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each([
    "took 2 of the dog's dewormer tablets myself",
    'me tomé la pastilla de desparasitar del perro pensando que era la mía',
  ])('"%s" → others_medicine (a person took the animal\'s medicine)', (text) => {
    expect(rules(text)).toContain('others_medicine');
  });
});

describe('a bat in the room, whatever else is asked', () => {
  it('is a person’s exposure, not a question about birds', () => {
    expect(rules('best telephoto lens for bird photography, and a bat flew into my bedroom last night')).toContain(
      'animal_exposure',
    );
  });
});
