// Competing fields: medicine's figures of speech in a question about software, money, machines, electronics or
// films count for nothing unless a person's health is in it; drug names in other languages; lay-health frames.
import { describe, expect, it } from 'vitest';
import { createScopeGuard } from '../../../main/services/scope';
import { competingDomain, personHealth } from '../../../main/services/scope/competing-domain';
import { drugNames, drugSpellings } from '../../../main/services/scope/lexicon/drugs';
import { tokenize } from '../../../main/services/scope/normalize';

// The rules' own reading: the word model that may overrule them near the threshold has its own tests
// (shipped-guard.test.ts, gated-guard.test.ts).
const guard = createScopeGuard({ secondOpinion: false });

function expectAll(questions: readonly string[], expected: 'medical' | 'out_of_scope'): void {
  const wrong = questions.filter((question) => guard.classify(question).label !== expected);
  expect(wrong, `should be ${expected}`).toEqual([]);
}

describe('figures of speech in another field', () => {
  it('declines them in software, money, machines, electronics and films, in four languages', () => {
    expectAll(
      [
        'Our checkout service flatlined after the Kubernetes upgrade',
        'Our fund has been in a coma since March, what do analysts say?',
        'why is the stock market in a coma this week',
        'How do I write a heartbeat check for my microservices?',
        'what is the vital capacity of the battery pack in an e-scooter charger',
        'The director amputated half the plot in the final cut of the movie',
        'mi portátil tiene una infección de malware, cómo la curo',
        "l'économie est en convalescence selon la banque centrale",
        'Die Firma blutet Geld, was raten Berater?',
      ],
      'out_of_scope',
    );
  });

  it('keeps a person’s health, and plain medical terms, in the same fields', () => {
    expectAll(
      [
        'I injured my wrist typing on the laptop keyboard, how do I treat it?',
        'Can the radiation from a phone tower cause leukaemia?',
        'bleeding after a car crash, when to go to hospital',
        'Which app helps patients track their insulin doses?',
        'lithium for bipolar disorder: how are levels monitored?',
      ],
      'medical',
    );
  });

  it('names the field and its words in the reason', () => {
    const decision = guard.classify('why are my shares in a coma, ask the investors');
    expect(decision.label).toBe('out_of_scope');
    expect(decision.reason).toMatch(/money and business/);
    expect(decision.reason).toMatch(/coma/);
  });

  it('needs a word of the field that is not itself medical', () => {
    const medical = new Set(['lithium']);
    expect(competingDomain(tokenize('lithium levels'), medical)).toBeUndefined();
    expect(competingDomain(tokenize('lithium battery charger'), medical)?.name).toBe('electronics and sound');
  });

  it('reads "a patient investor" as no patient, and a sick child as one', () => {
    const field = competingDomain(tokenize('a patient investor in a bear market'), new Set());
    expect(field).toBeDefined();
    if (!field) return;
    expect(personHealth(tokenize('a patient investor in a bear market'), [], field)).toBe(false);
    expect(personHealth(tokenize('my child and the stock market crash'), [], field)).toBe(true);
  });
});

describe('abbreviations in a broad field', () => {
  it('yield to two words of the field, or one of a named field', () => {
    expectAll(
      [
        'what is GCS in Google Cloud and what are its buckets',
        'qué hace un controlador PID en un brazo robótico',
        'is the PT Cruiser a good first car',
        'what does MS Teams cost for a small business',
        'which ENT is Treebeard in Tolkien',
      ],
      'out_of_scope',
    );
  });

  it('stay medical next to a single broad-field word', () => {
    expectAll(['Can a PE happen after a long flight to a business meeting?', 'What is a normal HR in bpm?'], 'medical');
  });
});

describe('drug names in other languages and brands', () => {
  it('reads fr/es/de spellings exactly, never as misspelling targets', () => {
    const spellings = drugSpellings();
    expect(spellings.has('metformine')).toBe(true);
    expect(spellings.has('pantoprazol')).toBe(true);
    expect(spellings.has('salina')).toBe(false);
    expect(drugNames().has('metformine')).toBe(false);
    expectAll(
      ['metformine', 'atorvastatina', 'amlodipin', 'Doliprane', 'Novaminsulfon', 'Nolotil', 'Zyrtec'],
      'medical',
    );
  });

  it('leaves ordinary words near the new names alone', () => {
    expectAll(
      ['What is the voltage of a AA cell?', '¿Cuál es la capital de Argentina?', 'ultra marathon training plan'],
      'out_of_scope',
    );
  });
});

describe('lay health in fr/es/de', () => {
  it('finds sleep, thirst, water, tingling and tiredness after meals', () => {
    expectAll(
      [
        'je dors mal depuis des semaines',
        "j'ai souvent soif, pourquoi",
        "combien de verres d'eau boire par jour",
        'tengo las manos hinchadas por la mañana',
        'me da sueño por la tarde',
        'ich kann abends nicht einschlafen',
        'wie viel Wasser am Tag trinken',
        'warum bin ich nach dem Mittagessen so müde',
      ],
      'medical',
    );
  });

  it('finds telegraphic questions with no "my" or "I"', () => {
    expectAll(
      [
        'heavy legs after standing all day',
        'cracked heels what helps',
        'tingling fingertips at night',
        'water intake for cyclists',
        "can't stop yawning at work",
      ],
      'medical',
    );
  });

  it('does not read a possessive before a field’s thing as the asker’s body', () => {
    expectAll(['how do I stop my bonsai bleeding sap', 'why is my laptop so tired and slow'], 'out_of_scope');
  });
});

describe('more fields, idioms and names', () => {
  it('declines wild animals as patients, garden bacteria, figures of speech in fr/es/de and woodworm', () => {
    expectAll(
      [
        'how long is a giraffe pregnant',
        'the stallion has a swollen hock',
        'axolotl gills turning white',
        'which bacteria break down leaves in a compost heap',
        "le cœur de l'action se passe à Lyon",
        'el corazón de un motor eléctrico',
        'la fiebre del oro en Alaska',
        'Kinderkrankheiten der neuen App beheben',
        'cómo eliminar la carcoma de un mueble',
        'was bedeutet ER-Diagramm in der Datenbank',
        'why does my Python build have a clot in the pipeline',
        "how do I trim my rabbit's claws without getting scratched",
      ],
      'out_of_scope',
    );
  });

  it('keeps a person’s injury from those animals and gardens, and new drug stems', () => {
    expectAll(
      [
        'a camel bit my arm on holiday',
        'the cat scratched me without warning and my hand is swollen',
        'can I get tetanus from a cut while gardening',
        'fluticasone nasal spray',
        'goserelin implant',
        'lithium',
        'comment soigner une angine',
      ],
      'medical',
    );
  });
});
