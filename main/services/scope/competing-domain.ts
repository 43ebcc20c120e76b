// Which other field a question names (software, networks, money, machines, electronics, songs and films…), and
// whether a person's health is in it at all. In a question that names such a field and has no one's health in it,
// medicine's figures of speech ("coma", "heartbeat", "haemorrhaging", "vital capacity") are that field's words.
import { fold, type Token } from './normalize';
import type { TermMatch } from './term-matcher';
import { CARE_WORDS, COMPETING_DOMAINS, FIGURATIVE_WORDS, type CompetingDomain } from './lexicon/competing-domains';
import { phraseSet } from './lexicon/word-set';

const words = phraseSet;

interface IndexedDomain extends CompetingDomain {
  cueSet: ReadonlySet<string>;
}

const DOMAINS: readonly IndexedDomain[] = COMPETING_DOMAINS.map((domain) => ({
  ...domain,
  cueSet: words(domain.cues),
}));
const FIGURATIVE = words(FIGURATIVE_WORDS);
const CARE = words(CARE_WORDS);
/** Every single word that names one of the fields ("laptop", "bonsai", "engine"). */
export const FIELD_WORDS: ReadonlySet<string> = new Set(
  DOMAINS.flatMap((domain) => [...domain.cueSet]).filter((cue) => !cue.includes(' ')),
);

/** Harm to a body: an accident, an injury, pain ("bleeding after a car crash" is a person's bleeding). */
const HARM = words(`accident accidents crash crashed collision injured injury injuries hurt hurts hurting pain
  painful ache aches aching sore swollen burn burns burned burnt bitten
  accidente herido herida lesion dolor duele duelen blesse blessure douleur unfall verletzt verletzung schmerz
  schmerzen`);
/** The everyday frame that shows a person's own body ("my eyes", "I get…"): see everyday-frames.ts. */
const OWN_BODY_KEY = 'everyday: own body';

export interface CompetingReading {
  name: string;
  /** The field's words found in the question, as the reason's clues. */
  clues: string[];
  nearHealth: boolean;
  cueSet: ReadonlySet<string>;
}

/** The words of the question, and its two-word phrases ("hard drive", "cell tower"). */
function vocabulary(tokens: readonly Token[]): string[] {
  const found: string[] = [];
  for (const [index, token] of tokens.entries()) {
    found.push(...token.word.split('-'));
    if (token.word.includes('-')) found.push(token.word.replace(/-/g, ' '));
    const next = tokens[index + 1];
    if (next) found.push(`${token.word} ${next.word}`);
  }
  return found;
}

/**
 * The field the question names most often, by its own words; a word the matcher read as medical ("lithium",
 * "trojan") does not name a field by itself: some other word of that field must be there too.
 */
export function competingDomain(
  tokens: readonly Token[],
  medicalKeys: ReadonlySet<string>,
): CompetingReading | undefined {
  const present = vocabulary(tokens);
  let best: CompetingReading | undefined;
  for (const domain of DOMAINS) {
    const clues = [...new Set(present.filter((word) => domain.cueSet.has(word)))];
    if (!clues.some((clue) => !medicalKeys.has(clue))) continue;
    if (best && best.clues.length >= clues.length) continue;
    best = { name: domain.name, clues, nearHealth: domain.nearHealth === true, cueSet: domain.cueSet };
  }
  return best;
}

/**
 * Whether a person's health is in the question: a person cared for ("my son", "patients"), an injury or pain, or
 * the asker's own body. "A patient investor" is no patient: a care word right before the field's own word is an
 * adjective.
 */
export function personHealth(tokens: readonly Token[], found: readonly TermMatch[], domain: CompetingReading): boolean {
  if (found.some((match) => match.key === OWN_BODY_KEY)) return true;
  return tokens.some((token, index) => {
    if (HARM.has(token.word)) return true;
    if (!CARE.has(token.word)) return false;
    const next = tokens[index + 1]?.word;
    return next === undefined || !domain.cueSet.has(next);
  });
}

/** A medical-looking word the field uses as a figure of speech, or one of the field's own words ("lithium"). */
export function isFieldWord(match: TermMatch, domain: CompetingReading): boolean {
  return FIGURATIVE.has(match.key) || FIGURATIVE.has(fold(match.shown)) || domain.cueSet.has(match.key);
}
