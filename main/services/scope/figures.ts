// Figures of speech that idioms as fixed word lists cannot hold: "the heart of <a place>" in any language
// ("le cœur de Paris", "das Herz der Altstadt"), "gave <someone> a heart attack" (a fright, not an infarct) and
// "an overdose of nostalgia". A safety notice raised only by words inside one of them does not make a question medical.
import type { Token } from './normalize';
import { wordSet } from './lexicon/word-set';

const words = wordSet;

const HEART = words(`heart coeur corazon herz herzen`);
const OF = words(`of de du del der des`);
const ARTICLE = words(`the la le el l los las die das den`);
/** Places: a heart of one of these is its centre. */
const PLACE = words(`city town village downtown neighbourhood neighborhood district ciudad pueblo barrio centro
  ville village quartier stadt altstadt innenstadt hauptstadt dorf viertel capital capitale`);
const GIVE = words(`gave give gives giving given`);
/** "a heart attack", "a collective heart attack": what may stand between the verb's object and the attack. */
const ATTACK_REACH = 5;

const OVERDOSE = words(`overdose sobredosis uberdosis`);
const OF_ABSTRACT = words(`of on de an`);
/** Things no one takes a dose of: "an overdose of nostalgia", "una sobredosis de realidad". */
const ABSTRACT = words(`nostalgia nostalgie romance drama reality realidad realite realitat kitsch cuteness emotion
  emotions emociones emotionen feelings sentiment sentiments cliches cliche information informacion information
  trivia memes love amor amour liebe ternura tendresse patriotism patriotismo optimism optimismo optimisme
  positivity pathos glamour`);

const at = (tokens: readonly Token[], index: number): string => tokens[index]?.word ?? '';

/** A proper name, not the first word of the question: "Paris", "Madrid". */
function isName(tokens: readonly Token[], index: number): boolean {
  const original = tokens[index]?.original ?? '';
  return index > 0 && /^\p{Lu}\p{Ll}/u.test(original);
}

/** "heart of (the) Paris/city": the length of the figure starting at index, or 0. */
function heartOfPlace(tokens: readonly Token[], index: number): number {
  if (!HEART.has(at(tokens, index)) || !OF.has(at(tokens, index + 1))) return 0;
  let next = index + 2;
  if (ARTICLE.has(at(tokens, next))) next++;
  const german = at(tokens, index) === 'herz' || at(tokens, index) === 'herzen';
  // German capitalises every noun: only a place word counts there.
  if (PLACE.has(at(tokens, next)) || (!german && isName(tokens, next))) return next - index + 1;
  return 0;
}

/** "gave the coach a heart attack": the length of the figure starting at index, or 0. */
function gaveAHeartAttack(tokens: readonly Token[], index: number): number {
  if (!GIVE.has(at(tokens, index))) return 0;
  for (let end = index + 2; end <= index + ATTACK_REACH + 1; end++) {
    if (at(tokens, end) === 'heart' && at(tokens, end + 1) === 'attack') return end - index + 2;
  }
  return 0;
}

/** "an overdose of nostalgia": the length of the figure starting at index, or 0. */
function overdoseOfFeeling(tokens: readonly Token[], index: number): number {
  if (!OVERDOSE.has(at(tokens, index)) || !OF_ABSTRACT.has(at(tokens, index + 1))) return 0;
  const next = ARTICLE.has(at(tokens, index + 2)) ? index + 3 : index + 2;
  return ABSTRACT.has(at(tokens, next)) ? next - index + 1 : 0;
}

/** The length of a figure of speech starting at index (0 when there is none). */
export function figureAt(tokens: readonly Token[], index: number): number {
  return heartOfPlace(tokens, index) || gaveAHeartAttack(tokens, index) || overdoseOfFeeling(tokens, index);
}
