// Trains the second-opinion model: a vocabulary of features seen in enough training questions, then either
// L2-regularised logistic regression (full-batch accelerated gradient descent, a fixed number of steps) or
// multinomial naive Bayes. No randomness anywhere, so the same questions always give the same file.
import type { ScopeLabel } from '../../main/services/scope';
import { extractFeatures } from '../../main/services/scope/second-opinion/features';
import {
  featureValues,
  MODEL_FORMAT,
  type FeatureValues,
  type SecondOpinionModelJson,
} from '../../main/services/scope/second-opinion/model';

export interface TrainingQuestion {
  q: string;
  label: ScopeLabel;
}

export type TrainerSettings =
  | { trainer: 'logistic'; minCount: number; l2: number; steps: number }
  | { trainer: 'naive_bayes'; minCount: number; alpha: number };

/** Decimal places kept in the file: enough for the decisions, few enough for a small, stable file. */
const WEIGHT_DECIMALS = 4;

export function describeSettings(settings: TrainerSettings): string {
  return settings.trainer === 'logistic'
    ? `logistic l2=${settings.l2} minCount=${settings.minCount} steps=${settings.steps}`
    : `naive Bayes alpha=${settings.alpha} minCount=${settings.minCount}`;
}

const valuesFor = (settings: TrainerSettings): FeatureValues =>
  settings.trainer === 'logistic' ? 'binary_l2' : 'count';

export interface SparseRow {
  indices: Int32Array;
  values: Float64Array;
  target: number;
}

/** Features present in at least minCount questions, in sorted order (the order fixes the arithmetic). */
export function vocabulary(featureLists: readonly string[][], minCount: number): string[] {
  const questionsWith = new Map<string, number>();
  for (const features of featureLists) {
    for (const feature of new Set(features)) questionsWith.set(feature, (questionsWith.get(feature) ?? 0) + 1);
  }
  return [...questionsWith]
    .filter(([, count]) => count >= minCount)
    .map(([feature]) => feature)
    .sort(compareStrings);
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sparseRows(
  questions: readonly TrainingQuestion[],
  featureLists: readonly string[][],
  index: ReadonlyMap<string, number>,
  values: FeatureValues,
): SparseRow[] {
  return questions.map((question, row) => {
    const entries = [...featureValues(featureLists[row] ?? [], values)]
      .map(([feature, value]) => [index.get(feature), value] as const)
      .filter((entry): entry is readonly [number, number] => entry[0] !== undefined)
      .sort((a, b) => a[0] - b[0]);
    return {
      indices: Int32Array.from(entries.map((entry) => entry[0])),
      values: Float64Array.from(entries.map((entry) => entry[1])),
      target: question.label === 'medical' ? 1 : 0,
    };
  });
}

/**
 * Minimises mean log-loss + l2/2·|w|² (bias not penalised) by Nesterov-accelerated gradient descent. Rows have
 * length ≤ 1 (binary_l2), so with the bias the loss's curvature is at most 0.25·2 and 1/(0.5 + l2) is a safe step.
 */
export function trainLogistic(rows: readonly SparseRow[], size: number, l2: number, steps: number) {
  const step = 1 / (0.5 + l2);
  let weights = new Float64Array(size);
  let bias = 0;
  let previous = new Float64Array(size);
  let previousBias = 0;
  const gradient = new Float64Array(size);
  const count = rows.length;
  for (let iteration = 1; iteration <= steps; iteration++) {
    // Look-ahead point y = w + momentum·(w − w_prev).
    const momentum = (iteration - 1) / (iteration + 2);
    const ahead = new Float64Array(size);
    for (let i = 0; i < size; i++) ahead[i] = weights[i]! + momentum * (weights[i]! - previous[i]!);
    const aheadBias = bias + momentum * (bias - previousBias);
    gradient.fill(0);
    let biasGradient = 0;
    for (const row of rows) {
      let logit = aheadBias;
      for (let k = 0; k < row.indices.length; k++) logit += ahead[row.indices[k]!]! * row.values[k]!;
      const error = (1 / (1 + Math.exp(-logit)) - row.target) / count;
      biasGradient += error;
      for (let k = 0; k < row.indices.length; k++) gradient[row.indices[k]!]! += error * row.values[k]!;
    }
    previous = weights;
    previousBias = bias;
    weights = new Float64Array(size);
    for (let i = 0; i < size; i++) weights[i] = ahead[i]! - step * (gradient[i]! + l2 * ahead[i]!);
    bias = aheadBias - step * biasGradient;
  }
  return { weights, bias };
}

/** Multinomial naive Bayes as a linear model: weight = log P(f | medical) − log P(f | out of scope). */
export function trainNaiveBayes(rows: readonly SparseRow[], size: number, alpha: number) {
  const totals = [new Float64Array(size), new Float64Array(size)];
  const sums = [0, 0];
  const questions = [0, 0];
  for (const row of rows) {
    const counts = totals[row.target]!;
    questions[row.target]! += 1;
    for (let k = 0; k < row.indices.length; k++) {
      counts[row.indices[k]!]! += row.values[k]!;
      sums[row.target]! += row.values[k]!;
    }
  }
  const weights = new Float64Array(size);
  const [outCounts, medicalCounts] = totals as [Float64Array, Float64Array];
  const medicalDenominator = sums[1]! + alpha * size;
  const outDenominator = sums[0]! + alpha * size;
  for (let i = 0; i < size; i++) {
    weights[i] =
      Math.log((medicalCounts[i]! + alpha) / medicalDenominator) - Math.log((outCounts[i]! + alpha) / outDenominator);
  }
  const bias = Math.log((questions[1]! + 1) / (questions[0]! + 1));
  return { weights, bias };
}

const round = (value: number) => {
  const rounded = Math.round(value * 10 ** WEIGHT_DECIMALS) / 10 ** WEIGHT_DECIMALS;
  return Object.is(rounded, -0) ? 0 : rounded;
};

/** Trains on the questions and returns the model file's content; features whose weight rounds to 0 are left out. */
export function trainModel(questions: readonly TrainingQuestion[], settings: TrainerSettings): SecondOpinionModelJson {
  const featureLists = questions.map((question) => extractFeatures(question.q).hits.map((hit) => hit.feature));
  const features = vocabulary(featureLists, settings.minCount);
  const index = new Map(features.map((feature, position) => [feature, position]));
  const values = valuesFor(settings);
  const rows = sparseRows(questions, featureLists, index, values);
  const { weights, bias } =
    settings.trainer === 'logistic'
      ? trainLogistic(rows, features.length, settings.l2, settings.steps)
      : trainNaiveBayes(rows, features.length, settings.alpha);
  const kept = features
    .map((feature, position) => ({ feature, weight: round(weights[position] ?? 0) }))
    .filter((entry) => entry.weight !== 0);
  const { trainer, ...rest } = settings;
  return {
    format: MODEL_FORMAT,
    trainer,
    values,
    settings: {
      ...rest,
      questions: questions.length,
      medical: questions.filter((question) => question.label === 'medical').length,
      features: kept.length,
    },
    bias: round(bias),
    features: kept.map((entry) => entry.feature),
    weights: kept.map((entry) => entry.weight),
  };
}

/** The file's text: compact JSON (a shipped file of tens of thousands of weights; prettier leaves it alone). */
export function serialiseModel(model: SecondOpinionModelJson): string {
  return `${JSON.stringify(model)}\n`;
}
