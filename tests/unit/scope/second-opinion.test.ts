// The shipped second opinion: obvious questions, the reason's wording, the file's size, and when the guard's
// score lets it speak.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEDICAL_THRESHOLD } from '../../../main/services/scope';
import {
  GUARD_THRESHOLD,
  loadSecondOpinion,
  RECOMMENDED_BAND,
  RECOMMENDED_MIN_PROBABILITY,
  secondOpinionFor,
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

  it('speaks only strictly within the band', () => {
    expect(secondOpinionFor(question, { score: MEDICAL_THRESHOLD }, 0.5)).not.toBeNull();
    expect(secondOpinionFor(question, { score: MEDICAL_THRESHOLD - 0.4 }, 0.5)).not.toBeNull();
    expect(secondOpinionFor(question, { score: MEDICAL_THRESHOLD + 0.5 }, 0.5)).toBeNull();
    expect(secondOpinionFor(question, { score: 0 }, 1)).toBeNull();
    expect(secondOpinionFor(question, { score: 0 }, 1.5)?.label).toBe('medical');
    expect(secondOpinionFor(question, { score: 12 }, Number.POSITIVE_INFINITY)).not.toBeNull();
    expect(secondOpinionFor(question, { score: MEDICAL_THRESHOLD }, 0)).toBeNull();
  });

  it('abstains below the minimum probability', () => {
    const decision = opinion.classify(question);
    const gate = (minProbability: number) => secondOpinionFor(question, { score: 0 }, 1.5, { minProbability });
    expect(gate(decision.probability)).toEqual(decision);
    expect(gate(Math.min(1, decision.probability + 0.001))).toBeNull();
  });

  it('takes another threshold when given one', () => {
    expect(secondOpinionFor(question, { score: 5 }, 0.5, { threshold: 5 })).not.toBeNull();
    expect(secondOpinionFor(question, { score: 1 }, 0.5, { threshold: 5 })).toBeNull();
  });

  it('recommends a band that takes in questions with no evidence at all', () => {
    expect(Math.abs(0 - GUARD_THRESHOLD)).toBeLessThan(RECOMMENDED_BAND);
    expect(RECOMMENDED_MIN_PROBABILITY).toBeGreaterThan(0.5);
  });
});
