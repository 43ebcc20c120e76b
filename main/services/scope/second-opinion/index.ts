// The second opinion's public face: the shipped model (compiled in like the guard's JSON lexicons), a lazily
// built shared instance, and the call the guard can make for questions near its threshold.
import type { ScopeDecision } from '../types';
import shippedModel from './model.json' with { type: 'json' };
import { checkModel } from './model';
import { SecondOpinion, type GateOptions, type SecondOpinionDecision } from './second-opinion';

export {
  gateAsks,
  GUARD_THRESHOLD,
  RECOMMENDED_BAND,
  RECOMMENDED_GATE,
  RECOMMENDED_MIN_PROBABILITY,
  SecondOpinion,
  sureEnough,
  type Gate,
  type GateOptions,
  type RuleFacts,
  type SecondOpinionDecision,
} from './second-opinion';
export { MODEL_FORMAT, type SecondOpinionModelJson } from './model';

let shared: SecondOpinion | undefined;

/** The classifier over the shipped model.json; built once (a few milliseconds), then shared. */
export function loadSecondOpinion(): SecondOpinion {
  shared ??= new SecondOpinion(checkModel(shippedModel));
  return shared;
}

/**
 * The shipped model's decision when the guard's score is within `band` of its threshold (and, with
 * `minProbability`, the model is that sure), else null. Recommended gate and figures: docs/scope-second-opinion.md.
 */
export function secondOpinionFor(
  text: string,
  guardDecision: Pick<ScopeDecision, 'score'>,
  band: number,
  options: GateOptions = {},
): SecondOpinionDecision | null {
  return loadSecondOpinion().forGuard(text, guardDecision, band, options);
}
