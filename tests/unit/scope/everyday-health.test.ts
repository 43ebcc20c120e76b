// Plain questions about one's own body (sleep, tiredness, periods, skin and hair, hydration, soreness) are in
// scope with no technical term, while the same words about plants, machines or work are not; pharmacology beyond
// drug names and public-health vocabulary in four languages. Examples written for this test.
import { describe, expect, it } from 'vitest';
import { RuleScopeGuard } from '../../../main/services/scope/scope-guard';

const guard = new RuleScopeGuard(undefined, () => ({ notices: [], matched: [] }));

function expectAll(questions: readonly string[], expected: 'medical' | 'out_of_scope'): void {
  const wrong = questions.filter((question) => guard.classify(question).label !== expected);
  expect(wrong, `should be ${expected}`).toEqual([]);
}

describe('everyday words about one’s own body', () => {
  it('body parts and how a body feels', () => {
    expectAll(
      [
        'why do my knees ache when it rains',
        'I feel dizzy every morning when I get up',
        'why am I so sleepy after dinner',
        'my lips keep cracking even with balm',
        'why do my toes go numb in ski boots',
        'me duelen las rodillas al bajar escaleras',
        'j’ai les mains qui tremblent le matin',
        'warum ist mir immer so übel nach dem Laufen',
      ],
      'medical',
    );
    expect(guard.classify('why do my knees ache when it rains').reason).toContain('everyday health: own body');
  });

  it('sleep, periods, hair, skin, hydration, soreness and eating', () => {
    expectAll(
      [
        'how many hours of sleep does a toddler need',
        'is it normal that my period is two weeks late',
        'why is my hair falling out in clumps',
        'why does my skin get so dry in winter',
        'how much water should I drink when it is hot',
        'best way to ease muscle soreness after leg day',
        'is skipping meals bad for teenagers',
        'why am I so thirsty every morning',
        'how do I hide from my flatmates that I stopped eating',
        '¿Qué hago para dormir mejor con un bebé?',
        'J’ai des courbatures depuis deux jours',
        'Warum habe ich so starken Haarausfall?',
      ],
      'medical',
    );
  });

  it('the same words about plants, machines, work or entertainment stay out of scope', () => {
    expectAll(
      [
        'how much water does a lemon tree need in summer',
        'what is the best period drama on TV',
        'my laptop goes to sleep too fast',
        'how do I push back on a deadline politely',
        'recipe for a cold drink with mint',
        'I am tired of my job, should I quit?',
        'how to purge old logs from the server',
        'binge-watch ideas for a long weekend',
      ],
      'out_of_scope',
    );
  });
});

describe('pharmacology and public health vocabulary', () => {
  it('pharmacology beyond drug names', () => {
    expectAll(
      [
        'what does bioavailability mean',
        'what is a partial agonist',
        'explain enterohepatic recirculation',
        'why do prodrugs need activation in the liver',
        '¿Qué es la biodisponibilidad oral?',
        'Qu’est-ce que la clairance rénale d’un médicament ?',
        'Was bedeutet Bioverfügbarkeit?',
      ],
      'medical',
    );
    expectAll(['clearance sale at the outlet mall', 'half-life of a radioactive isotope'], 'out_of_scope');
  });

  it('public health', () => {
    expectAll(
      [
        'what vaccination coverage gives herd immunity against polio',
        'why do countries fluoridate water? is water fluoridation safe',
        'how is a screening programme evaluated',
        '¿Qué es la cobertura vacunal?',
        'Qu’est-ce que l’immunité collective ?',
        'Was ist der Unterschied zwischen Inzidenz und Prävalenz?',
      ],
      'medical',
    );
  });
});
