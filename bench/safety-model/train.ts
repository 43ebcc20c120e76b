// Trains one learned notice model: a vocabulary of features seen in enough training questions, then
// L2-regularised logistic regression (the second opinion's trainer, bench/scope-model/train.ts) for "this
// question needs the notice". No randomness anywhere, so the same questions always give the same file.
import type { SafetyNoticeKind } from '../../main/services/safety';
import { extractFeatures } from '../../main/services/safety/learned/features';
import { featureValue, LEARNED_MODEL_FORMAT, type LearnedModelJson } from '../../main/services/safety/learned/model';
import { trainLogistic, vocabulary, type SparseRow } from '../scope-model/train';

export interface LearnedSettings {
  /** A feature must occur in this many training questions to get a weight. */
  minCount: number;
  l2: number;
  steps: number;
  /** Weights smaller than this (in absolute value) are dropped after training: a smaller file, the same decisions. */
  minWeight: number;
}

export interface TrainingExample {
  normalized: string;
  notices: readonly string[];
  /** How many times the example counts (default 1). */
  weight?: number;
}

/** Decimal places kept in the file: enough for the decisions, few enough for a small, stable file. */
const WEIGHT_DECIMALS = 3;

const round = (value: number) => {
  const rounded = Math.round(value * 10 ** WEIGHT_DECIMALS) / 10 ** WEIGHT_DECIMALS;
  return Object.is(rounded, -0) ? 0 : rounded;
};

export const describeSettings = ({ minCount, l2, steps, minWeight }: LearnedSettings) =>
  `logistic l2=${l2} minCount=${minCount} steps=${steps} minWeight=${minWeight}`;

/** Each example's distinct features, computed once and shared by every fold and kind. */
export function featureSets(examples: readonly TrainingExample[]): string[][] {
  return examples.map((example) => [...new Set(extractFeatures(example.normalized).hits.map((hit) => hit.feature))]);
}

/**
 * The model for one notice kind: positives are the examples that expect it, negatives every other example (other
 * notices, look-alikes, ordinary questions). `features` are featureSets(examples), passed in so folds can share
 * them. The threshold is written as given (the caller picks it on data the model was not trained on).
 */
export function trainLearnedModel(
  examples: readonly TrainingExample[],
  features: readonly string[][],
  kind: SafetyNoticeKind,
  settings: LearnedSettings,
  threshold: number,
  extra: Record<string, number | string> = {},
): LearnedModelJson {
  const names = vocabulary(features as string[][], settings.minCount);
  const index = new Map(names.map((name, position) => [name, position]));
  const rows: SparseRow[] = examples.map((example, row) => {
    const own = features[row] ?? [];
    const value = featureValue(own.length);
    const indices = own
      .map((name) => index.get(name))
      .filter((position): position is number => position !== undefined)
      .sort((a, b) => a - b);
    return {
      indices: Int32Array.from(indices),
      values: new Float64Array(indices.length).fill(value),
      target: example.notices.includes(kind) ? 1 : 0,
    };
  });
  // An example that counts n times is n rows (the trainer has no weights of its own).
  const weighted = rows.flatMap((row, index) => Array<SparseRow>(examples[index]?.weight ?? 1).fill(row));
  const { weights, bias } = trainLogistic(weighted, names.length, settings.l2, settings.steps);
  const kept = names
    .map((name, position) => ({ name, weight: round(weights[position] ?? 0) }))
    .filter((entry) => entry.weight !== 0 && Math.abs(entry.weight) >= settings.minWeight);
  return {
    format: LEARNED_MODEL_FORMAT,
    kind,
    threshold,
    settings: {
      trainer: 'logistic',
      ...settings,
      questions: examples.length,
      positives: rows.filter((row) => row.target === 1).length,
      features: kept.length,
      ...extra,
    },
    bias: round(bias),
    features: kept.map((entry) => entry.name),
    weights: kept.map((entry) => entry.weight),
  };
}

/** The file's text: compact JSON (a shipped file of tens of thousands of weights; prettier leaves it alone). */
export function serialiseLearnedModel(model: LearnedModelJson): string {
  return `${JSON.stringify(model)}\n`;
}
