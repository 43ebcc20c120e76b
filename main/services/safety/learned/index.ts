// The learned notice layer: small word models, one per notice kind whose wording varies most, that can only add a
// notice the rules missed. Trained by `npm run train:safety` on the build files; each model's threshold was picked
// on files it was not trained on, for high recall with few false notices (docs/scope-guard.md).
import type { LearnedNotice, SafetyNoticeKind } from '../types';
import type { TaggedText } from '../word-classes';
import { extractFeatures } from './features';
import { checkLearnedModel, LearnedModel } from './model';
import animalExposure from './models/animal-exposure.json' with { type: 'json' };
import crisis from './models/crisis.json' with { type: 'json' };
import dose from './models/dose.json' with { type: 'json' };
import eatingDisorder from './models/eating-disorder.json' with { type: 'json' };
import emergency from './models/emergency.json' with { type: 'json' };
import harmToOthers from './models/harm-to-others.json' with { type: 'json' };
import othersMedicine from './models/others-medicine.json' with { type: 'json' };
import poisoning from './models/poisoning.json' with { type: 'json' };

/** The kinds with a learned model, in display order; their files are models/<kind with hyphens>.json. */
export const LEARNED_KINDS: readonly SafetyNoticeKind[] = [
  'crisis',
  'harm_to_others',
  'emergency',
  'poisoning',
  'animal_exposure',
  'others_medicine',
  'eating_disorder',
  'dose',
];

const SHIPPED: readonly unknown[] = [
  crisis,
  harmToOthers,
  emergency,
  poisoning,
  animalExposure,
  othersMedicine,
  eatingDisorder,
  dose,
];
const WORDS_IN_REASON = 3;

let shared: readonly LearnedModel[] | undefined;

/** The shipped models, checked and indexed once, then shared. */
export function learnedModels(): readonly LearnedModel[] {
  shared ??= SHIPPED.map((json) => new LearnedModel(checkLearnedModel(json)));
  return shared;
}

/** The question's words that pushed the model most towards its notice. */
function strongestWords(words: readonly string[], contributions: readonly number[]): string[] {
  const byWord = new Map<string, number>();
  words.forEach((word, index) => byWord.set(word, (byWord.get(word) ?? 0) + (contributions[index] ?? 0)));
  return [...byWord]
    .filter(([, push]) => push > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, WORDS_IN_REASON)
    .map(([word]) => word);
}

/**
 * The notices the models give a normalised question (with its tagged form), for the kinds `wanted` accepts
 * (the caller leaves out what the rules found already and what does not apply to the question).
 */
export function learnedNotices(
  normalized: string,
  tagged: TaggedText,
  wanted: (kind: SafetyNoticeKind) => boolean,
  models: readonly LearnedModel[] = learnedModels(),
): LearnedNotice[] {
  const asked = models.filter((model) => wanted(model.kind));
  if (asked.length === 0 || normalized.length === 0) return [];
  const features = extractFeatures(normalized, tagged);
  return asked.flatMap((model) => {
    const probability = model.probability(features);
    if (probability < model.threshold) return [];
    return [{ kind: model.kind, probability, words: strongestWords(features.words, model.explain(features)) }];
  });
}

/** "word model 0.84: ‘burden’, ‘anymore’": what the layer reports as the phrase that raised a notice. */
export function describeLearnedNotice(notice: LearnedNotice): string {
  const words = notice.words.map((word) => `‘${word}’`).join(', ');
  return `word model ${notice.probability.toFixed(2)}${words === '' ? '' : `: ${words}`}`;
}
