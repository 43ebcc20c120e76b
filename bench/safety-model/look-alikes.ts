// The shipped model must leave its look-alikes without the notice: the rule tests' sentences (the detector's own
// tests hold it to them) and the training lines that need no notice at all. Raising the threshold above the
// highest of them costs recall on every real question of the kind (one sentence once lifted eating_disorder from
// 0.145 to 0.411), so the model is first refit with the look-alikes still above the threshold counting more; only
// what refitting cannot fix raises the threshold.
import type { SafetyNoticeKind } from '../../main/services/safety';
import { LearnedModel, type LearnedModelJson } from '../../main/services/safety/learned/model';
import type { NoticeExample } from './data';
import { thresholdJustAbove } from './evaluate';
import { trainLearnedModel, type LearnedSettings } from './train';

export interface LookAlikeFit {
  model: LearnedModelJson;
  /** How many refits it took (0 when the first model already left every look-alike alone). */
  refits: number;
  /** The threshold chosen out of source, when the look-alikes forced a higher one. */
  raisedFrom?: number;
}

export interface LookAlikeFitOptions {
  /** Whether the model must leave this training line without the notice. */
  isLookAlike: (example: NoticeExample) => boolean;
  /** Each refit multiplies the weight of the look-alikes still at or above the threshold by this. */
  factor?: number;
  rounds?: number;
  extra?: Record<string, number | string>;
}

function lookAlikesAbove(
  examples: readonly NoticeExample[],
  kind: SafetyNoticeKind,
  model: LearnedModel,
  threshold: number,
  isLookAlike: (example: NoticeExample) => boolean,
): { above: Set<number>; highest: number } {
  const above = new Set<number>();
  let highest = 0;
  examples.forEach((example, index) => {
    if (example.notices.includes(kind) || !isLookAlike(example)) return;
    const probability = model.score(example.normalized).probability;
    highest = Math.max(highest, probability);
    if (probability >= threshold) above.add(index);
  });
  return { above, highest };
}

/** The model for `kind` at `threshold`, refit and (only if that is not enough) raised as described above. */
export function fitBelowLookAlikes(
  examples: readonly NoticeExample[],
  features: readonly string[][],
  kind: SafetyNoticeKind,
  settings: LearnedSettings,
  threshold: number,
  { isLookAlike, factor = 4, rounds = 3, extra = {} }: LookAlikeFitOptions,
): LookAlikeFit {
  const weights = examples.map((example) => example.weight);
  for (let refits = 0; ; refits++) {
    const weighted = examples.map((example, index) => ({ ...example, weight: weights[index]! }));
    const model = trainLearnedModel(weighted, features, kind, settings, threshold, extra);
    const { above, highest } = lookAlikesAbove(examples, kind, new LearnedModel(model), threshold, isLookAlike);
    if (above.size === 0) return { model, refits };
    if (refits === rounds) {
      model.threshold = thresholdJustAbove(highest);
      return { model, refits, raisedFrom: threshold };
    }
    for (const index of above) weights[index] = weights[index]! * factor;
  }
}
