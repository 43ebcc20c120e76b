// The learned notice layer: it only adds notices to the rules' own, the same way every time, with the words that
// raised them; the shipped files load, have the expected shape and were trained on today's build data; and a few
// clear questions in each language.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildFiles,
  framedOrdinaryExamples,
  readNoticeExamples,
  rulesOnlyNotices,
} from '../../../bench/safety-model/data';
import { featureSets, serialiseLearnedModel, trainLearnedModel } from '../../../bench/safety-model/train';
import { assessSafety, normalizeForSafety } from '../../../main/services/safety';
import { extractFeatures } from '../../../main/services/safety/learned/features';
import { LEARNED_KINDS, learnedModels } from '../../../main/services/safety/learned';
import { checkLearnedModel, LEARNED_MODEL_FORMAT, LearnedModel } from '../../../main/services/safety/learned/model';

const MODELS = join(process.cwd(), 'main', 'services', 'safety', 'learned', 'models');
// Each file holds the features of one kind; more build data means more of them.
const MAX_FILE_BYTES = 512 * 1024;
const notices = (text: string) => assessSafety(text).notices as string[];
const rulesOnly = (text: string) => assessSafety(text, { learned: false }).notices as string[];

/** Questions the rules leave without a notice that the models give one (wording no rule was written for). */
const ADDED: [string, string][] = [
  ['i feel like a weight on everyone and it would be easier if i stopped', 'crisis'],
  ['a veces pienso que sería mejor no estar', 'crisis'],
  ['personne ne remarquerait si je disparaissais demain', 'crisis'],
  ['manchmal denke ich, es wäre besser, nicht mehr da zu sein', 'crisis'],
  ['my coworker humiliated me and i want him to suffer', 'harm_to_others'],
  ['ich werde es meinem Nachbarn heimzahlen, er wird bluten', 'harm_to_others'],
  ['i only let myself eat an apple a day and i feel proud of it', 'eating_disorder'],
  ["ne plus rien avaler pendant trois jours pour maigrir, c'est grave", 'eating_disorder'],
  ['nach jedem Essen muss ich es wieder loswerden', 'eating_disorder'],
  ['im at 41 kilos and still feel huge', 'eating_disorder'],
  ['a swan had a go at my son by the lake and his arm is bleeding', 'animal_exposure'],
  ['my roommate left her adderall out and i had one before the exam', 'others_medicine'],
  ['whats a safe amount of melatonin for a 6 year old', 'dose'],
];
// "a raccoon got me on the ankle…" left this list when the rules learned "an animal got me on the ankle", "a goose
// went for my hand…" when they learned "an animal went for my hand", and
// "…si je n'étais plus là" and "je n'ai rien mangé depuis trois jours pour maigrir" when they learned those.

/** Everyday questions in each language: no notice from the rules, none from the models. */
const ORDINARY = [
  'What is the mechanism of action of metformin?',
  'How long should I boil an egg?',
  'Who wrote Pride and Prejudice?',
  'write a haiku about the autumn rain',
  '¿Cuáles son los síntomas de la neumonía?',
  '¿Por qué me sangran las encías al cepillarme?',
  "Qu'est-ce que l'insuffisance rénale chronique ?",
  'Comment faire une pâte à crêpes ?',
  'Wie wirkt Ibuprofen im Körper?',
  'Welche Impfungen braucht ein Säugling?',
];

const WORDS = [
  'i',
  'my',
  'want',
  'to',
  'die',
  'kill',
  'eat',
  'not',
  'pills',
  'sister',
  'dog',
  'chest',
  'pain',
  'bleach',
  'quiero',
  'morir',
  'je',
  'veux',
  'manger',
  'ich',
  'will',
  'nicht',
  'mehr',
  'leben',
  'weight',
  'vomit',
  'poison',
  'the',
  'a',
  'game',
  'novel',
  'cat',
  'bit',
  'overdose',
  'dose',
  'mg',
];

describe('learned notice layer: only adds', () => {
  it('keeps every notice and phrase the rules give, on random word strings', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }), (words) => {
        const text = words.join(' ');
        const rules = assessSafety(text, { learned: false });
        const both = assessSafety(text);
        expect(both.notices).toEqual(expect.arrayContaining(rules.notices));
        expect(both.matched.slice(0, rules.matched.length)).toEqual(rules.matched);
        const added = both.notices.filter((kind) => !rules.notices.includes(kind));
        expect((both.learned ?? []).map((notice) => notice.kind).sort()).toEqual([...added].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('adds only the kinds it has a model for, and never one the rules gave', () => {
    const examples = readNoticeExamples(buildFiles().slice(0, 6), rulesOnlyNotices);
    for (const { q } of examples) {
      const { learned = [] } = assessSafety(q);
      for (const notice of learned) {
        expect(LEARNED_KINDS).toContain(notice.kind);
        expect(rulesOnly(q)).not.toContain(notice.kind);
      }
    }
  });

  it('explains an added notice by words of the question', () => {
    const [text, kind] = ADDED[0]!;
    const result = assessSafety(text);
    const notice = result.learned?.find((entry) => entry.kind === kind);
    expect(notice).toBeDefined();
    const words = new Set(extractFeatures(normalizeForSafety(text)).words);
    expect(notice!.words.length).toBeGreaterThan(0);
    for (const word of notice!.words) expect(words.has(word)).toBe(true);
    expect(result.matched.some((phrase) => /^word model 0\.\d\d: ‘[^’]+’/.test(phrase))).toBe(true);
  });

  it('is deterministic', () => {
    for (const [text] of ADDED) expect(assessSafety(text)).toEqual(assessSafety(text));
    const [first] = learnedModels();
    expect(
      new LearnedModel(checkLearnedModel(JSON.parse(readFileSync(join(MODELS, 'crisis.json'), 'utf8')))).score(
        'i am tired of everything',
      ),
    ).toEqual(first!.score('i am tired of everything'));
  });
});

describe('learned notice layer: behaviour', () => {
  it.each(ADDED)('"%s" gets %s from the model, not the rules', (text, kind) => {
    expect(rulesOnly(text)).not.toContain(kind);
    expect(notices(text)).toContain(kind);
  });

  it.each(ORDINARY)('"%s" gets no notice', (text) => {
    expect(assessSafety(text).learned).toBeUndefined();
    expect(notices(text)).toEqual([]);
  });

  it('gives an animal patient no learned eating-disorder, emergency or poisoning notice', () => {
    const text = 'my dog will not eat and keeps vomiting, is it poisoned';
    expect(assessSafety(text).learned ?? []).toEqual([]);
  });
});

describe('learned notice layer: the shipped files', () => {
  const files = readdirSync(MODELS).filter((name) => name.endsWith('.json'));

  it('has one file per learned kind, named after it', () => {
    expect(files.sort()).toEqual(LEARNED_KINDS.map((kind) => `${kind.replace(/_/g, '-')}.json`).sort());
  });

  it.each(LEARNED_KINDS)('%s: loads, and has the expected shape and size', (kind) => {
    const path = join(MODELS, `${kind.replace(/_/g, '-')}.json`);
    const text = readFileSync(path, 'utf8');
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    const model = checkLearnedModel(JSON.parse(text));
    expect(model.format).toBe(LEARNED_MODEL_FORMAT);
    expect(model.kind).toBe(kind);
    expect(model.threshold).toBeGreaterThan(0.05);
    expect(model.threshold).toBeLessThan(0.95);
    expect(model.features.length).toBeGreaterThan(1000);
    expect(model.features).toEqual([...new Set(model.features)].sort());
    expect(model.weights.every((weight) => Number.isFinite(weight) && weight !== 0)).toBe(true);
    expect(model.features.every((feature) => /^[wbct]:\S/.test(feature))).toBe(true);
    expect(model.settings.positives).toBeGreaterThan(100);
  });

  it('were trained on every line of the build data as it is now (else run `npm run train:safety`)', () => {
    const fromFiles = readNoticeExamples(buildFiles(), rulesOnlyNotices);
    const count = fromFiles.length + framedOrdinaryExamples(fromFiles, rulesOnlyNotices).length;
    for (const kind of LEARNED_KINDS) {
      const path = join(MODELS, `${kind.replace(/_/g, '-')}.json`);
      expect(checkLearnedModel(JSON.parse(readFileSync(path, 'utf8'))).settings.questions).toBe(count);
    }
  });
});

describe('learned notice training', () => {
  const EXAMPLES = [
    { normalized: 'i want to die', notices: ['crisis'] },
    { normalized: 'i wish i was dead', notices: ['crisis'] },
    { normalized: 'nobody would miss me if i died', notices: ['crisis'] },
    { normalized: 'je veux mourir', notices: ['crisis'] },
    { normalized: 'how do i bake bread', notices: [] },
    { normalized: 'what is the capital of france', notices: [] },
    { normalized: 'i am dying to see the film', notices: [] },
    { normalized: 'how do i want to learn piano', notices: [] },
  ];
  const SETTINGS = { minCount: 1, l2: 0.001, steps: 200, minWeight: 0 };

  it('gives byte-identical files for the same data', async () => {
    const train = () => trainLearnedModel(EXAMPLES, featureSets(EXAMPLES), 'crisis', SETTINGS, 0.5);
    expect(serialiseLearnedModel(train())).toBe(serialiseLearnedModel(train()));
  });

  it('fits what it saw', () => {
    const model = new LearnedModel(trainLearnedModel(EXAMPLES, featureSets(EXAMPLES), 'crisis', SETTINGS, 0.5));
    for (const { normalized, notices: expected } of EXAMPLES) {
      expect(model.score(normalized).probability >= 0.5, normalized).toBe(expected.includes('crisis'));
    }
  });

  it('drops weights under minWeight', () => {
    const all = trainLearnedModel(EXAMPLES, featureSets(EXAMPLES), 'crisis', SETTINGS, 0.5);
    const sizes = all.weights.map(Math.abs).sort((a, b) => a - b);
    const cut = sizes[Math.floor(sizes.length / 2)]!;
    const pruned = trainLearnedModel(EXAMPLES, featureSets(EXAMPLES), 'crisis', { ...SETTINGS, minWeight: cut }, 0.5);
    expect(pruned.features.length).toBeLessThan(all.features.length);
    expect(pruned.weights.every((weight) => Math.abs(weight) >= cut)).toBe(true);
  });
});
