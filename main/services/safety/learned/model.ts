// One learned notice model: a linear model over named features (not hashed, so a decision can be explained by
// words), the probability above which it adds its notice, and the arithmetic that scores a question with it.
import type { SafetyNoticeKind } from '../types';
import { extractFeatures, type ExtractedFeatures } from './features';

export const LEARNED_MODEL_FORMAT = 'safety-learned-notice/1';

export interface LearnedModelJson {
  format: typeof LEARNED_MODEL_FORMAT;
  kind: SafetyNoticeKind;
  /** The notice is added when the model's probability is at least this (picked on build data it was not trained on). */
  threshold: number;
  /** The training settings, data and cross-validated figures, so a model file says how it was made. */
  settings: Record<string, number | string>;
  bias: number;
  /** The features with a weight, sorted; a feature that is not listed weighs 0. */
  features: string[];
  /** weights[i] belongs to features[i]. */
  weights: number[];
}

/** A scored question: the probability of the notice and how much each word pushed towards it. */
export interface LearnedScore {
  probability: number;
  words: string[];
  /** Per word index, its share of the log-odds (a bigram's weight is split between its two words). */
  wordContributions: number[];
}

/** Checks the parts of a parsed model file that scoring relies on; throws one line naming what is wrong. */
export function checkLearnedModel(value: unknown): LearnedModelJson {
  const model = value as Partial<LearnedModelJson> | null;
  const name = `learned notice model${typeof model?.kind === 'string' ? ` (${model.kind})` : ''}`;
  if (model === null || typeof model !== 'object') throw new Error(`${name}: not an object`);
  if (model.format !== LEARNED_MODEL_FORMAT) throw new Error(`${name}: format is not ${LEARNED_MODEL_FORMAT}`);
  if (typeof model.kind !== 'string') throw new Error(`${name}: no kind`);
  if (typeof model.threshold !== 'number' || !(model.threshold > 0 && model.threshold < 1)) {
    throw new Error(`${name}: threshold must be a probability`);
  }
  if (typeof model.bias !== 'number' || !Array.isArray(model.features) || !Array.isArray(model.weights)) {
    throw new Error(`${name}: missing bias, features or weights`);
  }
  if (model.features.length !== model.weights.length) {
    throw new Error(`${name}: features and weights differ in length`);
  }
  return model as LearnedModelJson;
}

/**
 * Each distinct feature of the text is present (1), scaled so the text's feature vector has unit length. Every
 * distinct feature counts towards the length, known to the model or not, so a feature's value does not depend on
 * which others the model kept.
 */
export function featureValue(distinctFeatures: number): number {
  return distinctFeatures === 0 ? 0 : 1 / Math.sqrt(distinctFeatures);
}

const sigmoid = (logit: number) => 1 / (1 + Math.exp(-logit));

export class LearnedModel {
  readonly kind: SafetyNoticeKind;
  readonly threshold: number;
  private readonly bias: number;
  private readonly weights: ReadonlyMap<string, number>;

  constructor(model: LearnedModelJson) {
    checkLearnedModel(model);
    this.kind = model.kind;
    this.threshold = model.threshold;
    this.bias = model.bias;
    this.weights = new Map(model.features.map((feature, index) => [feature, model.weights[index] ?? 0]));
  }

  /** Scores a question already normalised by normalizeForSafety. */
  score(normalized: string): LearnedScore {
    return this.scoreFeatures(extractFeatures(normalized));
  }

  /** The probability and the words' shares, for features extracted once for several models. */
  scoreFeatures(features: ExtractedFeatures): LearnedScore {
    return {
      probability: this.probability(features),
      words: features.words,
      wordContributions: this.explain(features),
    };
  }

  /** The probability alone (cheap: one look-up per distinct feature). */
  probability({ occurrences }: ExtractedFeatures): number {
    const value = featureValue(occurrences.size);
    let logit = this.bias;
    for (const feature of occurrences.keys()) logit += (this.weights.get(feature) ?? 0) * value;
    return sigmoid(logit);
  }

  /** Per word index, its share of the log-odds (a bigram's weight is split between its two words). */
  explain({ words, hits, occurrences }: ExtractedFeatures): number[] {
    const value = featureValue(occurrences.size);
    const wordContributions = words.map(() => 0);
    for (const hit of hits) {
      const weight = this.weights.get(hit.feature);
      if (weight === undefined) continue;
      // A feature's contribution, shared by its occurrences and, within one, by the words it spans.
      const share = (weight * value) / (occurrences.get(hit.feature) ?? 1) / hit.words.length;
      for (const index of hit.words) wordContributions[index] = (wordContributions[index] ?? 0) + share;
    }
    return wordContributions;
  }
}
