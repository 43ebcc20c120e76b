// The second opinion's public face: the shipped model (compiled in like the guard's JSON lexicons), a lazily
// built shared instance, and the gate that decides when the guard asks it.
import shippedModel from './model.json' with { type: 'json' };
import { checkModel } from './model';
import { SecondOpinion } from './second-opinion';

export {
  gateAsks,
  GUARD_THRESHOLD,
  RECOMMENDED_BAND,
  RECOMMENDED_GATE,
  RECOMMENDED_MIN_PROBABILITY,
  SecondOpinion,
  sureEnough,
  type Gate,
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
