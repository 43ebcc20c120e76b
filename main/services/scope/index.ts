// The scope guard's public face: the factory the app and the CLI use, and its error and types.
import type { SafetyAssessment } from '../safety';
import { RuleScopeGuard } from './scope-guard';
import { GatedScopeGuard } from './second-opinion/gated-guard';
import { loadSecondOpinion, RECOMMENDED_GATE } from './second-opinion';
import type { ScopeClassifier } from './types';

export { BlankQuestionError, MEDICAL_THRESHOLD } from './scope-guard';
export type { ScopeClassifier, ScopeDecision, ScopeLabel } from './types';

export interface ScopeGuardOptions {
  /** The safety detector whose notices make a question medical (benches pass the rules alone). */
  assess?: (text: string) => SafetyAssessment;
  /** Whether the word model may overrule the rules near their threshold; true unless false. */
  secondOpinion?: boolean;
}

/** Builds the offline scope guard (lexicons are compiled in; construction takes a few milliseconds). */
export function createScopeGuard({ assess, secondOpinion = true }: ScopeGuardOptions = {}): ScopeClassifier {
  const rules = new RuleScopeGuard(undefined, assess);
  return secondOpinion ? new GatedScopeGuard(rules, loadSecondOpinion, RECOMMENDED_GATE) : rules;
}
