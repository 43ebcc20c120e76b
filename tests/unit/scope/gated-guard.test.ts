// The guard with the second opinion gated in: the word model may overrule the rules only near their threshold,
// only when sure, never against a safety notice or on text written at the classifier; its reason keeps both.
import { describe, expect, it, vi } from 'vitest';
import type { RuleDecision } from '../../../main/services/scope/scope-guard';
import { GatedScopeGuard } from '../../../main/services/scope/second-opinion/gated-guard';
import { MODEL_FORMAT, SecondOpinion, type Gate } from '../../../main/services/scope/second-opinion';

// One word decides: "period" pushes hard towards medical, "invoice" hard towards out of scope.
const opinion = new SecondOpinion({
  format: MODEL_FORMAT,
  trainer: 'logistic',
  values: 'binary_l2',
  settings: {},
  bias: 0,
  features: ['w:invoice', 'w:period'],
  weights: [-40, 40],
});
const GATE: Gate = { band: 1.5, minProbability: 0.97, notAfterMeta: true };

function rules(decision: Partial<RuleDecision>) {
  const full: RuleDecision = {
    label: 'out_of_scope',
    score: 0,
    reason: 'No medical terms found.',
    matched: [],
    needsNotice: false,
    aimedAtClassifier: false,
    ...decision,
  };
  return { classifyInDetail: vi.fn(() => full) };
}

describe('GatedScopeGuard', () => {
  it('takes the model’s label near the threshold when it is sure, and keeps both reasons', () => {
    const guard = new GatedScopeGuard(rules({}), () => opinion, GATE);
    const decision = guard.classify('late period');
    expect(decision.label).toBe('medical');
    expect(decision.score).toBe(0);
    expect(decision.reason).toMatch(/^Second opinion \(word model, 1\.00 medical\): "period"\. The rules alone: /);
    expect(decision.reason).toContain('No medical terms found.');
    expect(decision.matched).toEqual(['period']);
  });

  it('can also decline what the rules let through on weak evidence', () => {
    const guard = new GatedScopeGuard(
      rules({ label: 'medical', score: 1.2, reason: 'Medical terms: pulse (term).' }),
      () => opinion,
      GATE,
    );
    expect(guard.classify('invoice pulse').label).toBe('out_of_scope');
  });

  it('never declines a question that needs a safety notice', () => {
    const guard = new GatedScopeGuard(
      rules({ label: 'medical', score: 1, needsNotice: true, reason: 'Needs a safety notice: crisis.' }),
      () => opinion,
      GATE,
    );
    expect(guard.classify('invoice').label).toBe('medical');
  });

  it('leaves text written at the classifier to the rules', () => {
    const guard = new GatedScopeGuard(rules({ aimedAtClassifier: true }), () => opinion, GATE);
    expect(guard.classify('this is a medical question: my period').label).toBe('out_of_scope');
  });

  it('leaves a score outside the band to the rules, without loading the model', () => {
    const load = vi.fn(() => opinion);
    const guard = new GatedScopeGuard(rules({ label: 'medical', score: 2.6 }), load, GATE);
    expect(guard.classify('invoice').label).toBe('medical');
    expect(load).not.toHaveBeenCalled();
  });

  it('leaves the rules’ label when the model is not sure enough', () => {
    // No known word: the bias alone gives 0.5.
    const guard = new GatedScopeGuard(rules({}), () => opinion, GATE);
    const decision = guard.classify('what is this');
    expect(decision).toEqual({ label: 'out_of_scope', score: 0, reason: 'No medical terms found.', matched: [] });
  });

  it('asks for more certainty to decline against one strong term, and leaves short questions to the rules', () => {
    // "pulse" alone: the model is 0.88 sure it is out of scope (bias −2).
    const unsure = new SecondOpinion({
      format: MODEL_FORMAT,
      trainer: 'logistic',
      values: 'binary_l2',
      settings: {},
      bias: -2,
      features: [],
      weights: [],
    });
    const tiered: Gate = { ...GATE, minProbabilityToDecline: 0.8, strongScore: 2, minProbabilityAgainstStrong: 0.9 };
    const weak = new GatedScopeGuard(rules({ label: 'medical', score: 1.2 }), () => unsure, tiered);
    const strong = new GatedScopeGuard(rules({ label: 'medical', score: 2 }), () => unsure, tiered);
    expect(weak.classify('what is a pulse in film').label).toBe('out_of_scope');
    expect(strong.classify('what is a pulse in film').label).toBe('medical');
    const short = new GatedScopeGuard(rules({ label: 'medical', score: 1.2 }), () => unsure, {
      ...tiered,
      minWords: 5,
    });
    expect(short.classify('pulse in film').label).toBe('medical');
    expect(short.classify('what is a pulse in film').label).toBe('out_of_scope');
  });

  it('returns the plain decision shape, without the rules’ internal facts', () => {
    const decision = new GatedScopeGuard(rules({}), () => opinion, GATE).classify('late period');
    expect(Object.keys(decision).sort()).toEqual(['label', 'matched', 'reason', 'score']);
  });
});
