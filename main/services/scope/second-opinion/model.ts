// The shipped second-opinion model: a linear model over named features (not hashed, so a decision can be
// explained by words), whichever trainer produced it, and the arithmetic that scores a question with it.
import { extractFeatures } from './features';

export const MODEL_FORMAT = 'scope-second-opinion/1';

/** How feature occurrences become values: present/absent scaled to unit length, or raw occurrence counts. */
export type FeatureValues = 'binary_l2' | 'count';

export interface SecondOpinionModelJson {
  format: typeof MODEL_FORMAT;
  /** Which trainer wrote the weights; both give a log-odds for "medical" as bias + Σ value × weight. */
  trainer: 'logistic' | 'naive_bayes';
  values: FeatureValues;
  /** The training settings and data, so a model file says how it was made. */
  settings: Record<string, number | string>;
  bias: number;
  /** The features with a weight, sorted; a feature that is not listed weighs 0. */
  features: string[];
  /** weights[i] belongs to features[i]. */
  weights: number[];
}

/** A scored question: the log-odds of "medical" and how much each word pushed it. */
export interface ModelScore {
  logit: number;
  words: string[];
  /** Per word index, its share of the log-odds (features spanning two words are split between them). */
  wordContributions: number[];
}

/** Checks the parts of a parsed model file that scoring relies on; throws one line naming what is wrong. */
export function checkModel(value: unknown): SecondOpinionModelJson {
  const model = value as Partial<SecondOpinionModelJson> | null;
  if (model === null || typeof model !== 'object') throw new Error('second-opinion model: not an object');
  if (model.format !== MODEL_FORMAT) throw new Error(`second-opinion model: format is not ${MODEL_FORMAT}`);
  if (model.values !== 'binary_l2' && model.values !== 'count') throw new Error('second-opinion model: bad values');
  if (model.trainer !== 'logistic' && model.trainer !== 'naive_bayes') {
    throw new Error('second-opinion model: bad trainer');
  }
  if (typeof model.bias !== 'number' || !Array.isArray(model.features) || !Array.isArray(model.weights)) {
    throw new Error('second-opinion model: missing bias, features or weights');
  }
  if (model.features.length !== model.weights.length) {
    throw new Error('second-opinion model: features and weights differ in length');
  }
  return model as SecondOpinionModelJson;
}

/** The model's weights by feature, for look-ups while scoring. */
export function weightMap(model: SecondOpinionModelJson): Map<string, number> {
  return new Map(model.features.map((feature, index) => [feature, model.weights[index] ?? 0]));
}

/** The values of a text's features under a value scheme, features in first-seen order. */
export function featureValues(features: readonly string[], values: FeatureValues): Map<string, number> {
  const counts = new Map<string, number>();
  for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  if (values === 'count') return counts;
  // Every distinct feature of the text counts towards the length, known to the model or not, so the value of a
  // feature does not depend on which others the model kept.
  const value = counts.size === 0 ? 0 : 1 / Math.sqrt(counts.size);
  return new Map([...counts.keys()].map((feature) => [feature, value]));
}

export function scoreText(
  model: SecondOpinionModelJson,
  weights: ReadonlyMap<string, number>,
  text: string,
): ModelScore {
  const { words, hits } = extractFeatures(text);
  const values = featureValues(
    hits.map((hit) => hit.feature),
    model.values,
  );
  const occurrences = new Map<string, number>();
  for (const hit of hits) occurrences.set(hit.feature, (occurrences.get(hit.feature) ?? 0) + 1);
  const wordContributions = words.map(() => 0);
  let logit = model.bias;
  for (const [feature, value] of values) {
    const weight = weights.get(feature);
    if (weight !== undefined) logit += weight * value;
  }
  for (const hit of hits) {
    const weight = weights.get(hit.feature);
    if (weight === undefined) continue;
    // A feature's whole contribution, shared by its occurrences and, within one, by the words it spans.
    const share = (weight * (values.get(hit.feature) ?? 0)) / (occurrences.get(hit.feature) ?? 1) / hit.words.length;
    for (const index of hit.words) wordContributions[index] = (wordContributions[index] ?? 0) + share;
  }
  return { logit, words, wordContributions };
}
