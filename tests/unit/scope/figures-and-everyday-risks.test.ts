// Figures of speech with a varying word ("the heart of Paris", "gave the coach a heart attack", "an overdose of
// nostalgia"), things with body parts, epidemics as history, and everyday risks people ask about (food gone off,
// coffee, screens at bedtime, the sun). Examples written for this test.
import { describe, expect, it } from 'vitest';
import { RuleScopeGuard } from '../../../main/services/scope/scope-guard';
import { assessSafety } from '../../../main/services/safety';

const guard = new RuleScopeGuard(undefined, () => ({ notices: [], matched: [] }));
const withDetector = new RuleScopeGuard(undefined, assessSafety);

function expectAll(questions: readonly string[], expected: 'medical' | 'out_of_scope', on = guard): void {
  const wrong = questions.filter((question) => on.classify(question).label !== expected);
  expect(wrong, `should be ${expected}`).toEqual([]);
}

describe('figures of speech with a varying word', () => {
  it('declines the heart of a place, a fright and an overdose of a feeling, even with the safety detector', () => {
    expectAll(
      [
        'le cœur de Marseille, que visiter en un week-end',
        'el corazón de Sevilla en dos días',
        'das Herz der Innenstadt: welche Museen lohnen sich',
        'that penalty almost gave the manager a heart attack, how do I write it up for the club newsletter',
        'an overdose of nostalgia watching old cartoons, any similar shows',
        'una sobredosis de romance en esta película',
      ],
      'out_of_scope',
      withDetector,
    );
    expect(guard.classify('el corazón de Sevilla en dos días').reason).toContain('figure of speech');
  });

  it('keeps real heart attacks and overdoses medical', () => {
    expectAll(
      [
        'the goalkeeper had a heart attack during the game, what are the warning signs',
        'my friend took an overdose of sleeping pills',
        'el corazón de mi hijo late muy rápido',
        'das Herz der Patientin schlägt unregelmäßig',
      ],
      'medical',
      withDetector,
    );
  });
});

describe('body words of things and epidemics as history', () => {
  it('declines statues, furniture and tools, and the history of epidemics', () => {
    expectAll(
      [
        'the bronze bust has a broken nose, can a restorer fill it',
        'the chair leg has a fracture along the grain, which glue',
        'how did the plague change medieval wages in Florence',
        'novels set during the 1918 flu pandemic',
        'what does the eye of a hurricane look like from a plane',
        'my guitar neck is warped, truss rod adjustment',
        'the doctor in the novel Middlemarch, who is he',
        'who invented the thermometer',
        'the canal arteries of Venice, geography',
      ],
      'out_of_scope',
    );
  });

  it('keeps a person’s injury and how an epidemic spread medical', () => {
    expectAll(
      ['my daughter broke her arm falling off a chair', 'how did the plague spread and what were its symptoms'],
      'medical',
    );
  });
});

describe('everyday risks people ask about', () => {
  it('food gone off, coffee, screens at bedtime and the sun', () => {
    expectAll(
      [
        'I ate yoghurt that was two weeks expired, should I worry',
        'is it safe to eat undercooked burgers',
        'is caffeine bad for teenagers',
        'est-ce que les boissons énergisantes et le café sont mauvais pour le cœur',
        'is scrolling on my phone before bed harmful for sleep',
        'ist die Sonne im Sommer schlecht für die Haut',
        'comí queso con moho, es peligroso',
        'is one beer a night bad for sleep',
        'stung by a hornet on the neck, how long does the swelling last',
        'von einer Biene gestochen, was hilft',
        'is sitting cross-legged bad for your back',
        'eye strain and a stiff neck from my laptop every evening',
      ],
      'medical',
    );
  });

  it('leaves the same words about trade, machines and gardens alone', () => {
    expectAll(
      [
        'how much coffee does Vietnam export a year',
        'my laptop screen goes to sleep too fast',
        'ist Sonne gesund für Tomaten',
        'best café in Lisbon for breakfast',
        'is salt bad for my car paint in winter',
        'is sitting on the board of a charity bad for my career',
      ],
      'out_of_scope',
    );
  });
});

describe('a misspelt first word of a two-word term', () => {
  it('reads it when the second word is exact, and not an ordinary word beside it', () => {
    expectAll(['blod pressure normal range', 'brest cancer screening age', 'hart attack warning signs'], 'medical');
    expect(guard.classify('blod pressure normal range').reason).toContain('misspelling of blood pressure');
    expectAll(['heat rate of a gas power plant', 'the lower pressure in the tank'], 'out_of_scope');
  });
});

describe('names and titles, animals’ bodies, everyday habits', () => {
  it('declines a medical word in the name of a band or game, and a shark’s teeth', () => {
    expectAll(
      [
        'the band Placebo, which album should I start with',
        'the game Iron Lung, is it scary',
        'how many teeth does a shark have',
        'plague doctor costume for halloween, where to buy the mask',
      ],
      'out_of_scope',
    );
  });

  it('keeps a disease a singer or actor had, and everyday habits judged for health', () => {
    expectAll(
      [
        'the singer who had Lupus, what is lupus',
        'the actor who died of Pancreatic Cancer, what are its symptoms',
        'does warm milk help you sleep',
        'is it safe to drink the tap water in Bali',
        'is it bad to eat right before bed',
        'les micro-ondes sont-ils dangereux pour la santé',
      ],
      'medical',
    );
  });
});

describe('hives, fossils, a car’s cough and a child growing up', () => {
  it('declines bees’ diseases, museum skeletons and figures in Spanish', () => {
    expectAll(
      [
        'my bees have varroa mites, how do I treat the hive',
        'how many bones does the dinosaur skeleton in the museum have',
        'la tos de mi coche cuando arranca en frío',
        'el corazón del equipo es su capitán',
      ],
      'out_of_scope',
    );
  });

  it('keeps a person stung near a hive and a toddler’s milestones medical', () => {
    expectAll(
      [
        'stung near the hive and my throat feels swollen, is it an allergy',
        'is it normal for a 2 year old to not talk yet',
        'my toddler is not walking at 18 months',
      ],
      'medical',
    );
  });
});

describe('scans of artefacts, the brains of a plan, wounds in four languages', () => {
  it('declines a CT scan of a mummy, the brains of the operation and a computer virus in Spanish', () => {
    expectAll(
      [
        'what did the CT scan of the Egyptian mummy in the museum reveal',
        'who is the brains of the operation in the heist film',
        'el virus informático más famoso de la historia',
      ],
      'out_of_scope',
    );
  });

  it('keeps a person’s infected cut medical', () => {
    expectAll(
      ['cómo se cura una herida infectada', 'ma plaie ne cicatrise pas', 'the cut on my finger has pus'],
      'medical',
    );
  });
});
