// Predictions for data a model was not trained on — stratified k-fold, and leave-one-source-out (train on every
// other build file group, label this one) — and the label the guard gives with the second opinion gated in.
import type { ScopeLabel } from '../../main/services/scope';
import {
  gateAsks,
  SecondOpinion,
  sureEnough,
  type Gate,
  type SecondOpinionDecision,
} from '../../main/services/scope/second-opinion/second-opinion';
import { stratifiedFolds } from './folds';
import { trainModel, type TrainerSettings, type TrainingQuestion } from './train';

export interface EvaluatedQuestion extends TrainingQuestion {
  kind: string;
  file: string;
  /** Which group of build files it comes from (the older files are one group; each newer file is its own). */
  source: string;
  guardLabel: ScopeLabel;
  guardScore: number;
  /** Whether the guard removed text written at the classifier (injection, keyword stuffing). */
  aimedAtClassifier: boolean;
  /** Whether a safety notice made it medical: the app never lets the model decline it. */
  needsNotice: boolean;
}

export type { Gate };

/** The model's decision for each item, each made by a model trained on the other folds only. */
export function outOfFoldDecisions(
  items: readonly (TrainingQuestion & { kind: string })[],
  settings: TrainerSettings,
  k: number,
  seed: number,
): SecondOpinionDecision[] {
  const folds = stratifiedFolds(items, k, seed);
  const decisions: SecondOpinionDecision[] = new Array(items.length);
  for (let fold = 0; fold < k; fold++) {
    const model = new SecondOpinion(
      trainModel(
        items.filter((_, index) => folds[index] !== fold),
        settings,
      ),
    );
    items.forEach((item, index) => {
      if (folds[index] === fold) decisions[index] = model.classify(item.q);
    });
  }
  return decisions;
}

/** The model's decision for each item, made by a model trained on the other sources only. */
export function outOfSourceDecisions(
  items: readonly EvaluatedQuestion[],
  settings: TrainerSettings,
): SecondOpinionDecision[] {
  const decisions: SecondOpinionDecision[] = new Array(items.length);
  for (const source of new Set(items.map((item) => item.source))) {
    const model = new SecondOpinion(
      trainModel(
        items.filter((item) => item.source !== source),
        settings,
      ),
    );
    items.forEach((item, index) => {
      if (item.source === source) decisions[index] = model.classify(item.q);
    });
  }
  return decisions;
}

/** The label the app would give: the model's when the gate lets it speak, the guard's otherwise. */
export function gatedLabel(
  item: EvaluatedQuestion,
  decision: SecondOpinionDecision,
  gate: Gate,
  threshold: number,
): ScopeLabel {
  const rules = { score: item.guardScore, needsNotice: item.needsNotice, aimedAtClassifier: item.aimedAtClassifier };
  const asked = gateAsks(gate, item.q, rules, threshold) && sureEnough(gate, decision, item.guardScore);
  return asked ? decision.label : item.guardLabel;
}

/** Share of items whose label matches; NaN for none. */
export function share(labels: readonly ScopeLabel[], items: readonly { label: ScopeLabel }[]): number {
  if (items.length === 0) return Number.NaN;
  return labels.filter((label, index) => label === items[index]?.label).length / items.length;
}
