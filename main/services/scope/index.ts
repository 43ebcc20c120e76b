// The scope guard's public face: the factory the app and the CLI use, and its error and types.
import { RuleScopeGuard } from './scope-guard';
import type { ScopeClassifier } from './types';

export { BlankQuestionError, MEDICAL_THRESHOLD } from './scope-guard';
export type { ScopeClassifier, ScopeDecision, ScopeLabel } from './types';

/** Builds the offline scope guard (lexicons are compiled in; construction takes a few milliseconds). */
export function createScopeGuard(): ScopeClassifier {
  return new RuleScopeGuard();
}
