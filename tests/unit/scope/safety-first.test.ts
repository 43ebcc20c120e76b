// Safety first: a question that needs a safety notice is classified medical, with a reason naming the red flag,
// even when it is mixed with an unrelated request. A stand-in detector keeps these tests about the guard's rule;
// the last test uses the real detector on red flags it has long covered.
import { describe, expect, it } from 'vitest';
import { createScopeGuard } from '../../../main/services/scope';
import { RuleScopeGuard } from '../../../main/services/scope/scope-guard';
import type { SafetyAssessment, SafetyNoticeKind } from '../../../main/services/safety';

/** A detector that finds the given notice wherever the text contains the phrase. */
function detector(phrase: string, ...notices: SafetyNoticeKind[]): (text: string) => SafetyAssessment {
  return (text) => (text.includes(phrase) ? { notices, matched: [phrase] } : { notices: [], matched: [] });
}

describe('a red flag makes a question medical', () => {
  it('a request mixed with a red flag is answered, and the reason names the flag', () => {
    const guard = new RuleScopeGuard(undefined, detector('no point in living', 'crisis'));
    const decision = guard.classify('Can you polish my CV summary? Honestly I see no point in living any more.');
    expect(decision.label).toBe('medical');
    expect(decision.score).toBeGreaterThanOrEqual(1);
    expect(decision.reason).toContain('Needs a safety notice: crisis (‘no point in living’)');
    expect(decision.matched).toContain('no point in living');
  });

  it('a medical question keeps its terms in the reason and adds the flag', () => {
    const guard = new RuleScopeGuard(undefined, detector('how much', 'dose'));
    const decision = guard.classify('how much ibuprofen can I take for a migraine');
    expect(decision.reason).toMatch(/^Medical terms: .*ibuprofen \(drug\).*Needs a safety notice: dose/);
  });

  it('with no red flag the decision is the guard’s own', () => {
    const guard = new RuleScopeGuard(undefined, detector('never said', 'crisis'));
    expect(guard.classify('Can you polish my CV summary?').label).toBe('out_of_scope');
  });
});

describe('notices about an animal or another field do not make a question medical', () => {
  it('a dose, poisoning or emergency of a pet stays veterinary', () => {
    const guard = new RuleScopeGuard(undefined, detector('rat poison', 'poisoning'));
    expect(guard.classify('My dog licked some rat poison off the garage floor').label).toBe('out_of_scope');
  });

  it('a person in crisis is medical whatever animal the question names', () => {
    const guard = new RuleScopeGuard(undefined, detector('want to die', 'crisis'));
    expect(guard.classify('My old cat died this morning and I want to die too').label).toBe('medical');
  });

  it('a dose alone in a question about plants is fertiliser, not medicine', () => {
    const guard = new RuleScopeGuard(undefined, detector('dose', 'dose'));
    expect(guard.classify('What dose of nitrogen do my tomato plants need?').label).toBe('out_of_scope');
  });
});

describe('with the real detector', () => {
  it('long-covered red flags mixed with unrelated requests are medical', () => {
    const guard = createScopeGuard();
    for (const question of [
      'Write a haiku about the sea, and also I just swallowed a whole bottle of sleeping pills',
      'Can you fix my essay intro? I keep thinking about killing myself',
      'Suggest a playlist for a road trip; my dad suddenly can’t move his left arm and his face is drooping',
    ]) {
      expect(guard.classify(question).label, question).toBe('medical');
    }
  });
});
