// The shipped second opinion: obvious questions, the reason's wording, the file's size, and when the guard's
// score lets it speak.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEDICAL_THRESHOLD } from '../../../main/services/scope';
import {
  gateAsks,
  GUARD_THRESHOLD,
  loadSecondOpinion,
  RECOMMENDED_BAND,
  RECOMMENDED_MIN_PROBABILITY,
  sureEnough,
} from '../../../main/services/scope/second-opinion';
import { readLabelledQuestions } from '../../../bench/scope-data';

const MODEL_FILE = join(process.cwd(), 'main', 'services', 'scope', 'second-opinion', 'model.json');
const SCOPE_DATA = join(process.cwd(), 'tests', 'fixtures', 'scope');
const REASON =
  /^Second opinion \(word model, (?:0\.[5-9]\d|1\.00) (?:medical|out of scope)\): "[^"]+"(?:, "[^"]+"){0,2}\.$/;
const opinion = loadSecondOpinion();

describe('second opinion: the shipped model', () => {
  it.each([
    'What are the symptoms of type 2 diabetes?',
    'How does metformin work?',
    'mechanism of action of beta blockers',
    '¿Cuáles son los síntomas de la neumonía?',
  ])('labels "%s" medical', (question) => {
    expect(opinion.classify(question).label).toBe('medical');
  });

  it.each([
    'Who won the 2018 World Cup?',
    'How do I bake sourdough bread?',
    'Write a Python function to reverse a list',
  ])('labels "%s" out of scope', (question) => {
    expect(opinion.classify(question).label).toBe('out_of_scope');
  });

  it('names up to three words that pushed it towards its label, in one sentence', () => {
    const decision = opinion.classify('What are the symptoms of type 2 diabetes?');
    expect(decision.reason).toMatch(REASON);
    expect(decision.words.length).toBeGreaterThan(0);
    expect(decision.words.length).toBeLessThanOrEqual(3);
    expect(decision.words).toContain('diabetes');
    expect(decision.reason).toContain(`${decision.probability.toFixed(2)} medical`);
    expect(opinion.classify('How do I bake sourdough bread?').reason).toMatch(/out of scope\): .*"sourdough"/);
  });

  it('gives the probability of its own label, and of "medical" separately', () => {
    const decision = opinion.classify('Who won the 2018 World Cup?');
    expect(decision.probability).toBeGreaterThanOrEqual(0.5);
    expect(decision.probability + decision.medicalProbability).toBeCloseTo(1, 10);
  });

  it('says so when no word pushes towards its label', () => {
    // No letters or digits: no features, so the bias alone decides.
    const decision = opinion.classify('?!');
    expect(decision.words).toEqual([]);
    expect(decision.reason).toMatch(/: no word stood out; the model's prior decided\.$/);
  });

  it('was trained on every line of the scope build files as they are now (else run `npm run train:scope`)', () => {
    const lines = readdirSync(SCOPE_DATA)
      .filter((name) => /^build[\w-]*\.jsonl$/.test(name))
      .flatMap((name) => readLabelledQuestions(join(SCOPE_DATA, name)));
    const settings = (JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as { settings: Record<string, unknown> }).settings;
    expect(settings.questions).toBe(lines.length);
    expect(settings.medical).toBe(lines.filter((line) => line.label === 'medical').length);
  });

  it('ships a small file', () => {
    expect(statSync(MODEL_FILE).size).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('labels a few hundred questions without trouble (speed sanity, not timed)', () => {
    const words = ['asthma', 'football', 'insulin', 'guitar', 'sepsis', 'tax', 'fever', 'chess'];
    for (let i = 0; i < 400; i++) {
      const decision = opinion.classify(`what about ${words[i % words.length]} number ${i}`);
      expect(decision.reason).toMatch(REASON);
    }
  });
});

describe('second opinion: the band around the guard threshold', () => {
  const question = 'Is it normal to feel bloated before my period?';

  it('repeats the guard threshold', () => {
    expect(GUARD_THRESHOLD).toBe(MEDICAL_THRESHOLD);
  });

  it('asks only strictly within the band', () => {
    const within = (score: number, band: number) => gateAsks({ band, minProbability: 0.5 }, question, { score });
    expect(within(MEDICAL_THRESHOLD, 0.5)).toBe(true);
    expect(within(MEDICAL_THRESHOLD - 0.4, 0.5)).toBe(true);
    expect(within(MEDICAL_THRESHOLD + 0.5, 0.5)).toBe(false);
    expect(within(0, 1)).toBe(false);
    expect(within(0, 1.5)).toBe(true);
    expect(within(12, Number.POSITIVE_INFINITY)).toBe(true);
    expect(within(MEDICAL_THRESHOLD, 0)).toBe(false);
  });

  it('never asks about a question that needs a notice, nor after text aimed at the classifier when told so', () => {
    const gate = { band: 1.5, minProbability: 0.5, notAfterMeta: true };
    expect(gateAsks(gate, question, { score: 0, needsNotice: true })).toBe(false);
    expect(gateAsks(gate, question, { score: 0, aimedAtClassifier: true })).toBe(false);
    expect(gateAsks({ ...gate, notAfterMeta: false }, question, { score: 0, aimedAtClassifier: true })).toBe(true);
  });

  it('counts words for the minimum', () => {
    const gate = { band: 1.5, minProbability: 0.5, minWords: 9 };
    expect(gateAsks(gate, question, { score: 0 })).toBe(true);
    expect(gateAsks({ ...gate, minWords: 10 }, question, { score: 0 })).toBe(false);
  });

  it('abstains below the minimum probability of each direction', () => {
    const decision = opinion.classify(question);
    expect(decision.label).toBe('medical');
    expect(sureEnough({ band: 1.5, minProbability: decision.probability }, decision, 0)).toBe(true);
    expect(sureEnough({ band: 1.5, minProbability: Math.min(1, decision.probability + 0.001) }, decision, 0)).toBe(
      false,
    );
    const declining = { label: 'out_of_scope' as const, probability: 0.85 };
    const gate = { band: 1.5, minProbability: 0.99, minProbabilityToDecline: 0.8 };
    expect(sureEnough(gate, declining, 1.2)).toBe(true);
    expect(sureEnough({ ...gate, strongScore: 2, minProbabilityAgainstStrong: 0.9 }, declining, 2)).toBe(false);
    expect(sureEnough({ ...gate, strongScore: 2, minProbabilityAgainstStrong: 0.9 }, declining, 1.9)).toBe(true);
  });

  it('takes another threshold when given one', () => {
    const gate = { band: 0.5, minProbability: 0.5 };
    expect(gateAsks(gate, question, { score: 5 }, 5)).toBe(true);
    expect(gateAsks(gate, question, { score: 1 }, 5)).toBe(false);
  });

  it('recommends a band that takes in questions with no evidence at all', () => {
    expect(Math.abs(0 - GUARD_THRESHOLD)).toBeLessThan(RECOMMENDED_BAND);
    expect(RECOMMENDED_MIN_PROBABILITY).toBeGreaterThan(0.5);
  });
});
