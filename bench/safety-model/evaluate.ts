// Figures for the learned notice layer on data a model was not trained on: leave-one-source-out probabilities
// (train on every other build file, score this one), the threshold that keeps false notices within a budget, and
// recall / false notices per source, for the model alone and for the rules with the model added.
import type { SafetyNoticeKind } from '../../main/services/safety';
import { LearnedModel } from '../../main/services/safety/learned/model';
import type { NoticeExample } from './data';
import { trainLearnedModel, type LearnedSettings } from './train';

/** Each example's probability from a model trained without its source. */
export function outOfSourceProbabilities(
  examples: readonly NoticeExample[],
  features: readonly string[][],
  kind: SafetyNoticeKind,
  settings: LearnedSettings,
): number[] {
  const probabilities = examples.map(() => 0);
  for (const source of new Set(examples.map((example) => example.source))) {
    const training = examples.flatMap((example, index) => (example.source === source ? [] : [index]));
    const model = new LearnedModel(
      trainLearnedModel(
        training.map((index) => examples[index]!),
        training.map((index) => features[index]!),
        kind,
        settings,
        0.5,
      ),
    );
    examples.forEach((example, index) => {
      if (example.source === source) probabilities[index] = model.score(example.normalized).probability;
    });
  }
  return probabilities;
}

/** Decimal places of a shipped threshold. */
const THRESHOLD_DECIMALS = 3;
const SCALE = 10 ** THRESHOLD_DECIMALS;

/** The smallest threshold, in the shipped decimals, that `probability` stays below. */
export const thresholdJustAbove = (probability: number): number => Math.floor(probability * SCALE + 1) / SCALE;

/** The lowest threshold at which at most `budget` of these probabilities reach it, rounded up. */
function thresholdWithin(probabilities: readonly number[], budget: number): number {
  const sorted = [...probabilities].sort((a, b) => b - a);
  // Just above the first one that would exceed the budget.
  const boundary = sorted[Math.floor(budget * sorted.length)] ?? 0;
  return Math.min(1 - 1 / SCALE, Math.max(1 / SCALE, thresholdJustAbove(boundary)));
}

/**
 * The lowest threshold at which at most `budget` of the labelled examples without the notice (the look-alikes
 * and other red flags the sets were written with) and at most `ordinaryBudget` of the ordinary questions without
 * it reach it.
 */
export function thresholdFor(
  examples: readonly NoticeExample[],
  probabilities: readonly number[],
  kind: SafetyNoticeKind,
  budget: number,
  ordinaryBudget: number,
): number {
  const without = (labelled: boolean) =>
    probabilities.filter((_, index) => {
      const example = examples[index]!;
      return example.labelled === labelled && !example.notices.includes(kind);
    });
  return Math.max(thresholdWithin(without(true), budget), thresholdWithin(without(false), ordinaryBudget));
}

export interface KindFigures {
  expected: number;
  /** Examples with the notice that the model alone, the rules alone, and the two together give it. */
  model: number;
  rules: number;
  union: number;
  /** Examples without the notice, and how many of them the model (alone) gives it. */
  without: number;
  falseModel: number;
  /** Of those, how many the rules did not already give it (the false notices the layer adds). */
  falseAdded: number;
}

export function kindFigures(
  examples: readonly NoticeExample[],
  probabilities: readonly number[],
  kind: SafetyNoticeKind,
  threshold: number,
  members: readonly number[] = examples.map((_, index) => index),
): KindFigures {
  const figures: KindFigures = { expected: 0, model: 0, rules: 0, union: 0, without: 0, falseModel: 0, falseAdded: 0 };
  for (const index of members) {
    const example = examples[index]!;
    const model = probabilities[index]! >= threshold;
    const rules = example.rules.includes(kind);
    if (example.notices.includes(kind)) {
      figures.expected += 1;
      if (model) figures.model += 1;
      if (rules) figures.rules += 1;
      if (model || rules) figures.union += 1;
    } else {
      figures.without += 1;
      if (model) figures.falseModel += 1;
      if (model && !rules) figures.falseAdded += 1;
    }
  }
  return figures;
}
