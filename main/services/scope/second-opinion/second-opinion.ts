// The second opinion: a small linear model over words and character n-grams that labels a question and names
// the three words that pushed it most towards that label. Meant for questions the rule guard is unsure about.
import type { ScopeLabel } from '../types';
import { foldedWords } from './features';
import { checkModel, scoreText, weightMap, type SecondOpinionModelJson } from './model';

/** The guard's MEDICAL_THRESHOLD, repeated here so the guard can import this module without a cycle. */
export const GUARD_THRESHOLD = 1;
/**
 * The gate measured best on build data the model was not trained on (docs/scope-second-opinion.md): every score
 * below 2.5 (no evidence, weak evidence, one strong term), questions of five words or more, and only when the model
 * is this sure: surer to make a question medical than to decline one, since injection text and figures of speech
 * sway it towards medical, and surer to decline against one strong term than against weak evidence.
 */
export const RECOMMENDED_BAND = 1.5;
export const RECOMMENDED_MIN_PROBABILITY = 0.95;
export const RECOMMENDED_GATE: Gate = {
  band: RECOMMENDED_BAND,
  minProbability: RECOMMENDED_MIN_PROBABILITY,
  minProbabilityToDecline: 0.8,
  strongScore: 2,
  minProbabilityAgainstStrong: 0.9,
  minWords: 5,
  notAfterMeta: true,
};
const WORDS_IN_REASON = 3;

/** When the second opinion replaces the guard's label. */
export interface Gate {
  /** The rules' score must lie strictly within this distance of the threshold. */
  band: number;
  /** How sure the model must be that a question is medical to make it so. */
  minProbability: number;
  /** How sure it must be that a question is out of scope to decline it; `minProbability` unless given. */
  minProbabilityToDecline?: number;
  /** From this rule score up (one strong term), declining needs `minProbabilityAgainstStrong` instead. */
  strongScore?: number;
  minProbabilityAgainstStrong?: number;
  /** A question of fewer words stays with the rules: a term or no term says more than a few n-grams. */
  minWords?: number;
  /** Leave the guard's label alone when the question carried text aimed at the classifier. */
  notAfterMeta?: boolean;
}

/** What the gate needs to know of the rules' decision. */
export interface RuleFacts {
  score: number;
  /** A safety notice made it medical: never declined. */
  needsNotice?: boolean;
  /** Text written at the classifier was removed. */
  aimedAtClassifier?: boolean;
}

/** Whether the gate lets the model be asked at all (checked before the model is loaded or run). */
export function gateAsks(gate: Gate, text: string, rules: RuleFacts, threshold = GUARD_THRESHOLD): boolean {
  if (rules.needsNotice === true) return false;
  if (gate.notAfterMeta === true && rules.aimedAtClassifier === true) return false;
  if (!(Math.abs(rules.score - threshold) < gate.band)) return false;
  return gate.minWords === undefined || foldedWords(text).length >= gate.minWords;
}

/** Whether the model is sure enough of its label for the gate, given the rules' score. */
export function sureEnough(
  gate: Gate,
  decision: Pick<SecondOpinionDecision, 'label' | 'probability'>,
  ruleScore: number,
): boolean {
  if (decision.label === 'medical') return decision.probability >= gate.minProbability;
  const strong = gate.strongScore !== undefined && ruleScore >= gate.strongScore;
  const needed = strong
    ? (gate.minProbabilityAgainstStrong ?? gate.minProbability)
    : (gate.minProbabilityToDecline ?? gate.minProbability);
  return decision.probability >= needed;
}

export interface SecondOpinionDecision {
  label: ScopeLabel;
  /** The model's probability for the label it gives (0.5–1). */
  probability: number;
  /** The model's probability that the question is medical. */
  medicalProbability: number;
  /** One sentence: 'Second opinion (word model, 0.83 medical): "period", "late", "normal".' */
  reason: string;
  /** The words named in the reason, strongest first. */
  words: string[];
}

const sigmoid = (logit: number) => 1 / (1 + Math.exp(-logit));

export class SecondOpinion {
  private readonly weights: ReadonlyMap<string, number>;

  constructor(private readonly model: SecondOpinionModelJson) {
    checkModel(model);
    this.weights = weightMap(model);
  }

  classify(text: string): SecondOpinionDecision {
    const { logit, words, wordContributions } = scoreText(this.model, this.weights, text);
    const medicalProbability = sigmoid(logit);
    const label: ScopeLabel = medicalProbability >= 0.5 ? 'medical' : 'out_of_scope';
    const direction = label === 'medical' ? 1 : -1;
    // The same word twice counts once, with both contributions.
    const byWord = new Map<string, number>();
    words.forEach((word, index) => byWord.set(word, (byWord.get(word) ?? 0) + (wordContributions[index] ?? 0)));
    const strongest = [...byWord]
      .map(([word, contribution]) => ({ word, push: contribution * direction }))
      .filter((entry) => entry.push > 0)
      .sort((a, b) => b.push - a.push)
      .slice(0, WORDS_IN_REASON)
      .map((entry) => entry.word);
    const probability = label === 'medical' ? medicalProbability : 1 - medicalProbability;
    const head = `Second opinion (word model, ${probability.toFixed(2)} ${label === 'medical' ? 'medical' : 'out of scope'})`;
    const reason =
      strongest.length === 0
        ? `${head}: no word stood out; the model's prior decided.`
        : `${head}: ${strongest.map((word) => `"${word}"`).join(', ')}.`;
    return { label, probability, medicalProbability, reason, words: strongest };
  }
}
