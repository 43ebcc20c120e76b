// The guard the app uses: the rules decide, and where their score lies near the threshold the word model's label
// replaces theirs when the model is sure enough (the gate was chosen on build files the model was not trained on;
// docs/scope-second-opinion.md). Never for a question that needs a safety notice, which must not be declined, nor
// for one carrying text aimed at the classifier, which the model cannot tell from a question.
import type { RuleDecision } from '../scope-guard';
import type { ScopeClassifier, ScopeDecision } from '../types';
import { gateAsks, sureEnough, type Gate, type SecondOpinion } from './second-opinion';

export interface RuleReader {
  classifyInDetail(text: string): RuleDecision;
}

export class GatedScopeGuard implements ScopeClassifier {
  /** `opinion` is called on the first question near the threshold, so the model loads only when needed. */
  constructor(
    private readonly rules: RuleReader,
    private readonly opinion: () => SecondOpinion,
    private readonly gate: Gate,
  ) {}

  classify(text: string): ScopeDecision {
    const { needsNotice, aimedAtClassifier, ...decision } = this.rules.classifyInDetail(text);
    if (!gateAsks(this.gate, text, { score: decision.score, needsNotice, aimedAtClassifier })) return decision;
    const second = this.opinion().classify(text);
    if (second.label === decision.label || !sureEnough(this.gate, second, decision.score)) return decision;
    return {
      ...decision,
      label: second.label,
      reason: `${second.reason} The rules alone: ${decision.reason}`,
      matched: second.words,
    };
  }
}
