// Who is the patient when a question names an animal. A question is veterinary (out of scope) only when no
// person is concerned; a person bitten or scratched, a person who took an animal's medicine, an infection caught
// from an animal, or a person's own health around animals is medical.
import {
  ANIMALS,
  ANIMAL_CONTACT,
  ANIMAL_THERAPY,
  LIVING_WITH,
  BAT_CONTACT,
  CATCH_VERBS,
  DETERMINERS,
  EXPOSURE_ONLY_ANIMALS,
  INGEST_VERBS,
  INJURY_NOUNS,
  INJURY_VERBS,
  MEDICINE_WORDS,
  NOT_ANIMAL_AFTER,
  NOT_ANIMAL_BEFORE,
  OWNING,
  PASSIVE_AUXILIARIES,
  PERFECT_AUXILIARIES,
  SELF_CLITICS,
} from './lexicon/animals';
import { BODY, PERSON_WORDS, SELF, STATES } from './lexicon/people';
import type { Token } from './normalize';
import type { TermMatch } from './term-matcher';

/** What the question says about animals and people. */
export interface AnimalReading {
  /** The animals named (as typed, folded), for the veterinary reason. */
  animals: string[];
  /** Why a person is the one concerned, when one is ("a person was bitten"). */
  person?: string;
  /** Medical evidence from a person's contact with an animal. */
  evidence: TermMatch[];
}

type Party = 'person' | 'animal';

/** "like an elephant", "comme un chien", "wie ein Hund": a comparison, not an animal in the question. */
const SIMILE = new Set(['like', 'como', 'comme', 'wie']);
const ARTICLES = new Set(['a', 'an', 'un', 'una', 'une', 'ein', 'eine', 'einen']);

/** Possessives of the asker or the reader: an animal's "his leg" is not a person's. */
const OWN_POSSESSIVES = new Set(['my', 'your', 'mi', 'mis', 'tu', 'tus', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes']);
const OWN_POSSESSIVE_PREFIX = /^(?:mein|dein)/;
/** Human-only words: "dangerous for humans", "can people catch it". */
const HUMAN_WORDS = new Set(
  `human humans people person persons personas humano humanos humain humains personnes mensch menschen`.split(' '),
);
const FOOD = new Set(['food', 'foods', 'comida', 'nourriture', 'essen']);
const PREGNANCY = new Set(['pregnant', 'pregnancy', 'embarazada', 'embarazo', 'enceinte', 'grossesse', 'schwanger']);
const ALLERGY = new Set(['allergic', 'allergy', 'allergies', 'alergia', 'alergico', 'alergica', 'allergique']);
const ALLERGY_DE = new Set(['allergie', 'allergisch']);
const THIRD_PERSON = new Set(['him', 'her', 'it', 'them', 'his', 'its', 'their', 'lo', 'la', 'le', 'ihn', 'sie']);
/** Words that start an object after a verb: "scratches the sofa", "bites me". */
const OBJECT_START = new Set([
  'the',
  'a',
  'an',
  'my',
  'me',
  'him',
  'her',
  'us',
  'them',
  'his',
  'our',
  'your',
  'people',
]);
/** "from" in en/es/fr/de: what an infection is caught from. */
const FROM = new Set(['from', 'de', 'del', 'du', 'des', 'von', 'vom', 'bei']);
/** Words that introduce the one who bit in a passive: "bitten by a fox", "mordido por", "griffé par", "von". */
const AGENT = new Set(['by', 'por', 'par', 'von']);
/** "a bit tired", "bit of a", "8-bit": not a bite. */
const NOT_BITE_BEFORE = new Set(['a', 'little', 'tiny', 'the', 'this', 'that', 'quite', 'every']);
const NOT_BITE_AFTER = new Set(['of', 'more', 'less', 'too', 'better', 'worse', 'late']);
const BITE_EVIDENCE_WEIGHT = 2;
const MEDICINE_EVIDENCE_WEIGHT = 2;
const ZOONOSIS_EVIDENCE_WEIGHT = 1;
/** How many words (determiners aside) a verb's subject or object is looked for in: "bit my other dog". */
const WINDOW = 2;

const wordAt = (tokens: readonly Token[], index: number): string => tokens[index]?.word ?? '';

/** Whether the token at index names an animal (not food, a disease or a phrase: "chicken soup", "hot dog"). */
export function isAnimalAt(tokens: readonly Token[], index: number, exposure = false): boolean {
  const token = tokens[index];
  if (!token) return false;
  const pair = `${token.word} ${wordAt(tokens, index + 1)}`;
  const named =
    ANIMALS.has(token.word) ||
    ANIMALS.has(pair) ||
    ANIMALS.has(`${wordAt(tokens, index - 1)} ${token.word}`) ||
    (exposure && EXPOSURE_ONLY_ANIMALS.has(token.word));
  if (!named) return false;
  // "PET scan" is imaging; the French "chat" only counts in a phrase ("mon chat").
  if (token.original === 'PET') return false;
  if (token.word === 'chat' && !ANIMALS.has(`${wordAt(tokens, index - 1)} chat`)) return false;
  // A simile names no animal: "feels like an elephant is sitting on my chest", "sleep like a log".
  if (SIMILE.has(wordAt(tokens, index - 2)) && ARTICLES.has(wordAt(tokens, index - 1))) return false;
  return !NOT_ANIMAL_AFTER.has(wordAt(tokens, index + 1)) && !NOT_ANIMAL_BEFORE.has(wordAt(tokens, index - 1));
}

/** Whether the token at index is a person: a person word, the asker, or a body part (someone's hand). */
function isPerson(tokens: readonly Token[], index: number): boolean {
  const word = wordAt(tokens, index);
  return PERSON_WORDS.has(word) || SELF.has(word) || BODY.has(word) || word === 'him' || word === 'her';
}

function partyAt(tokens: readonly Token[], index: number): Party | undefined {
  if (isAnimalAt(tokens, index, true)) return 'animal';
  if (isPerson(tokens, index)) return 'person';
  return undefined;
}

/** The first person or animal from index on in direction step, skipping determiners; stops after WINDOW words. */
function scan(tokens: readonly Token[], from: number, step: 1 | -1): Party | undefined {
  let skipped = 0;
  for (let index = from; index >= 0 && index < tokens.length && skipped < WINDOW; index += step) {
    const party = partyAt(tokens, index);
    if (party) return party;
    if (!DETERMINERS.has(wordAt(tokens, index)) && !PERFECT_AUXILIARIES.has(wordAt(tokens, index))) skipped++;
  }
  return undefined;
}

const WITHOUT: ReadonlySet<string> = new Set(['without', 'sin', 'sans', 'ohne']);

/** Who was hurt by the bite or scratch at index (a verb or a noun). */
function injuredParty(tokens: readonly Token[], index: number, noun: boolean): Party | undefined {
  let before = index - 1;
  while (before >= 0 && PERFECT_AUXILIARIES.has(wordAt(tokens, before))) before--;
  if (SELF_CLITICS.has(wordAt(tokens, before))) return 'person';
  // "my cat scratches the sofa", "the dog bites me": a noun form used as a verb after its animal.
  if (noun && isAnimalAt(tokens, index - 1) && OBJECT_START.has(wordAt(tokens, index + 1))) {
    return scan(tokens, index + 1, 1) ?? 'animal';
  }
  if (noun) {
    // "a dog bite" names the biter; "a bite on my dog", "my dog has a bite" name the one bitten.
    const on = /^(?:on|to|in|en|sur|an|am|auf)$/.test(wordAt(tokens, index + 1)) && scan(tokens, index + 2, 1);
    if (on === 'animal') return 'animal';
    const owner = index >= 3 && isAnimalAt(tokens, index - 3) && /^(?:has|had|got)$/.test(wordAt(tokens, index - 2));
    return owner ? 'animal' : 'person';
  }
  // A passive ("was bitten", "bitten by a ferret") names the one hurt before the verb, or no one: the asker.
  if (PASSIVE_AUXILIARIES.has(wordAt(tokens, before)) || AGENT.has(wordAt(tokens, index + 1))) {
    return scan(tokens, before, -1) ?? 'person';
  }
  return scan(tokens, index + 1, 1) ?? scan(tokens, index - 1, -1);
}

/** Bites and scratches by an animal the question names: who was hurt, and the words that say so. */
function injuries(tokens: readonly Token[]): { party: Party; shown: string }[] {
  const found: { party: Party; shown: string }[] = [];
  // "the bug bit me in prod", "his bark is worse than his bite": no animal, no bite.
  const named = tokens.some((_, index) => isAnimalAt(tokens, index));
  const exposure = tokens.some((_, index) => isAnimalAt(tokens, index, true));
  if (!exposure) return found;
  tokens.forEach((token, index) => {
    const noun = INJURY_NOUNS.has(token.word);
    // An animal whose name has another sense (a mouse, a bat) counts only as the subject of a bite.
    if (noun && !named) return;
    if (!noun && !INJURY_VERBS.has(token.word)) return;
    if (
      token.word === 'bit' &&
      (NOT_BITE_BEFORE.has(wordAt(tokens, index - 1)) || NOT_BITE_AFTER.has(wordAt(tokens, index + 1)))
    ) {
      return;
    }
    // "give my cat a pill without getting scratched": a bite or scratch avoided is no injury.
    if ([1, 2, 3].some((back) => WITHOUT.has(wordAt(tokens, index - back)))) return;
    const party = injuredParty(tokens, index, noun);
    if (party) found.push({ party, shown: token.original });
  });
  return found;
}

/** The first person or animal in the sentence before index: the subject of "took" or "catch". */
function subjectBefore(tokens: readonly Token[], index: number): Party | undefined {
  for (let at = Math.max(0, index - 8); at < index; at++) {
    const word = wordAt(tokens, at);
    if (OWN_POSSESSIVES.has(word) || OWN_POSSESSIVE_PREFIX.test(word)) continue;
    const party = partyAt(tokens, at);
    if (party) return party;
  }
  return undefined;
}

/** A person took or swallowed an animal's medicine: "I took my dog's tramadol". */
function tookAnimalsMedicine(tokens: readonly Token[], isDrug: (index: number) => boolean): string | undefined {
  for (const [index, token] of tokens.entries()) {
    if (!INGEST_VERBS.has(token.word) || subjectBefore(tokens, index) !== 'person') continue;
    const end = Math.min(tokens.length, index + 8);
    let animal = false;
    let medicine = false;
    for (let at = index + 1; at < end; at++) {
      animal ||= isAnimalAt(tokens, at);
      medicine ||= MEDICINE_WORDS.has(wordAt(tokens, at)) || isDrug(at);
    }
    if (animal && medicine) return token.original;
  }
  return undefined;
}

/**
 * Whether an animal follows "from", or touching it, soon after index: "catch it from my cat", "la gale de son
 * chien", "attraper la teigne en caressant un cochon d'Inde".
 */
function fromAnimal(tokens: readonly Token[], index: number, via: ReadonlySet<string> = FROM, span = 6): boolean {
  for (let at = index + 1; at < Math.min(tokens.length, index + span); at++) {
    const word = wordAt(tokens, at);
    if (!via.has(word) && !ANIMAL_CONTACT.has(word)) continue;
    if ([1, 2, 3].some((ahead) => isAnimalAt(tokens, at + ahead))) return true;
  }
  return false;
}

/** Only the English "from" says where an illness came from; "de" and "von" also say whose it is. */
const ONLY_FROM: ReadonlySet<string> = new Set(['from']);

/**
 * An infection caught by a person: "can I catch ringworm from my cat", "Kann ich mich anstecken", or an illness
 * from an animal that no animal has in the sentence: "can toxoplasmosis from a cat harm an unborn baby".
 */
function caughtFromAnimal(tokens: readonly Token[], isCondition: (index: number) => boolean): string | undefined {
  for (const [index, token] of tokens.entries()) {
    if (isCondition(index) && fromAnimal(tokens, index, ONLY_FROM, 3) && subjectBefore(tokens, index) !== 'animal') {
      return token.original;
    }
    const getsFrom =
      /^(?:get|getting|got)$/.test(token.word) && tokens.slice(index + 1, index + 5).some((t) => t.word === 'from');
    if (!CATCH_VERBS.has(token.word) && !getsFrom) continue;
    const subject = subjectBefore(tokens, index);
    // No subject named ("peut-on attraper…", "is it possible to catch…"): a person, if caught from an animal.
    if (subject === 'person' || (subject === undefined && fromAnimal(tokens, index))) return token.original;
  }
  return undefined;
}

/**
 * Whether the asker talks about their own body or health: "my asthma", "my blood sugar", "I sneeze". A condition
 * counts after a possessive only: after a pronoun the next words are verbs ("I am asking").
 */
function ownHealth(tokens: readonly Token[], isCondition: (index: number) => boolean): string | undefined {
  for (const [index, token] of tokens.entries()) {
    const possessive = OWN_POSSESSIVES.has(token.word) || OWN_POSSESSIVE_PREFIX.test(token.word);
    if (!possessive && !SELF.has(token.word)) continue;
    for (let at = index + 1; at <= index + 3 && at < tokens.length; at++) {
      const word = wordAt(tokens, at);
      // "should I make him vomit": the state is someone else's, perhaps the animal's.
      if (isAnimalAt(tokens, at) || PERSON_WORDS.has(word) || THIRD_PERSON.has(word)) break;
      if (BODY.has(word) || STATES.has(word) || (possessive && isCondition(at))) {
        return `${token.original} … ${tokens[at]?.original}`;
      }
    }
  }
  return undefined;
}

/** Other signs that a person's health is the topic: people, pregnancy, allergy to an animal, owning a pet. */
function personConcerned(tokens: readonly Token[], isMedicine: (index: number) => boolean): string | undefined {
  const joined = ` ${tokens.map((token) => token.word.replace(/-/g, ' ')).join(' ')} `;
  for (const [index, token] of tokens.entries()) {
    const word = token.word;
    // "human antibiotics" for a dog are medicine meant for people, not a person.
    if (HUMAN_WORDS.has(word) && !isMedicine(index + 1) && !FOOD.has(wordAt(tokens, index + 1))) return token.original;
    // "my cat is pregnant" is about the cat.
    if (PREGNANCY.has(word) && ![1, 2].some((back) => isAnimalAt(tokens, index - back))) return token.original;
    const allergy = ALLERGY.has(word) || ALLERGY_DE.has(word);
    if (allergy && (isAnimalAt(tokens, index - 1) || [1, 2].some((ahead) => isAnimalAt(tokens, index + ahead)))) {
      return token.original;
    }
    if (OWNING.has(word) && [1, 2].some((ahead) => isAnimalAt(tokens, index + ahead))) return token.original;
  }
  for (const phrase of ANIMAL_THERAPY) if (joined.includes(` ${phrase} `)) return phrase;
  for (const phrase of LIVING_WITH) {
    const parts = phrase.split(' ');
    for (let index = 0; index + parts.length <= tokens.length; index++) {
      if (!parts.every((part, offset) => wordAt(tokens, index + offset) === part)) continue;
      const after = index + parts.length;
      if ([0, 1, 2].some((ahead) => isAnimalAt(tokens, after + ahead))) return phrase;
    }
  }
  return undefined;
}

/** Bat contact with a sleeping person or in a person's room. */
function batContact(tokens: readonly Token[]): string | undefined {
  const bat = tokens.find((token) => /^(?:bat|bats|murcielago|chauve-souris|fledermaus)$/.test(token.word));
  if (!bat) return undefined;
  return tokens.some((token) => BAT_CONTACT.has(token.word)) ? bat.original : undefined;
}

function evidence(key: string, shown: string, kind: string, weight: number): TermMatch {
  return { key, shown, kind, weight, length: 0 };
}

/**
 * Reads the animals in a question and whether a person is concerned. isDrug and isCondition say whether the
 * token at an index is a drug, or a condition or body word ("asthma", "blood sugar"), from the term matcher.
 */
export function readAnimals(
  tokens: readonly Token[],
  isDrug: (index: number) => boolean,
  isCondition: (index: number) => boolean,
): AnimalReading {
  const animals = [...new Set(tokens.filter((_, index) => isAnimalAt(tokens, index)).map((token) => token.word))];
  const hurt = injuries(tokens);
  const bat = batContact(tokens);
  if (animals.length === 0 && hurt.length === 0 && !bat) return { animals, evidence: [] };
  const bitten = hurt.find((injury) => injury.party === 'person');
  if (bitten) {
    const found = evidence(
      'animal bite',
      bitten.shown,
      'a person bitten or scratched by an animal',
      BITE_EVIDENCE_WEIGHT,
    );
    return { animals, person: 'a person was bitten or scratched', evidence: [found] };
  }
  if (bat && hurt.length === 0) {
    const found = evidence('bat contact', bat, 'a person in contact with a bat', BITE_EVIDENCE_WEIGHT);
    return { animals, person: 'a bat came near a person', evidence: [found] };
  }
  const took = tookAnimalsMedicine(tokens, isDrug);
  if (took) {
    const kind = "a person took an animal's medicine";
    return { animals, person: kind, evidence: [evidence('animal medicine', took, kind, MEDICINE_EVIDENCE_WEIGHT)] };
  }
  const caught = caughtFromAnimal(tokens, isCondition);
  if (caught) {
    const kind = 'an infection a person catches from an animal';
    return { animals, person: kind, evidence: [evidence('zoonosis', caught, kind, ZOONOSIS_EVIDENCE_WEIGHT)] };
  }
  // A named animal that was the one bitten makes the question veterinary whatever else it says.
  if (hurt.length > 0) return { animals: animals.length > 0 ? animals : ['animal'], evidence: [] };
  const isMedicine = (index: number) =>
    MEDICINE_WORDS.has(wordAt(tokens, index)) || isDrug(index) || isCondition(index);
  const person = personConcerned(tokens, isMedicine) ?? ownHealth(tokens, isCondition);
  return person ? { animals, person, evidence: [] } : { animals, evidence: [] };
}
