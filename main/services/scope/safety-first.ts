// Safety first: a question that needs a safety notice (a red flag: crisis, poisoning, a dangerous dose, an eating
// disorder, harm to others, an animal bite, someone else's medicine) is answered, so that the notice is shown,
// even when its words would not make it medical ("help me with my resume… thinking about ending it all").
import type { SafetyAssessment, SafetyNoticeKind } from '../safety';
import { tokenize } from './normalize';

/**
 * Notices that are about a person whatever animal the question names ("my dog died and I want to die too"). The
 * detector gives a bite or an animal's medicine only when a person was bitten or took it (it drops them when the
 * animal is the patient), so those are a person's too ("the dog that bit me… rabies vaccine").
 */
const ABOUT_A_PERSON: ReadonlySet<string> = new Set([
  'crisis',
  'eating_disorder',
  'harm_to_others',
  'animal_exposure',
  'others_medicine',
]);

/** Notices that a figure of speech never explains away. */
const FIGURE_PROOF: ReadonlySet<string> = new Set(['crisis', 'eating_disorder']);

export interface SafetyFlag {
  notices: SafetyNoticeKind[];
  /** The phrases that raised them, as the detector found them. */
  matched: string[];
}

/** What the guard read about the question's subject. */
export interface SafetyContext {
  /** An animal is the patient and no person is concerned. */
  animalPatient: boolean;
  /** Another field (plants, machines, software…) explains some of its medical-looking words. */
  otherField: boolean;
  /** Figures of speech the guard removed ("gave the coach a heart attack", "an overdose of nostalgia"), folded. */
  figures?: readonly string[];
}

/** Whether every phrase that raised a notice lies inside one of the figures of speech. */
function onlyFigurative(matched: readonly string[], figures: readonly string[]): boolean {
  if (matched.length === 0 || figures.length === 0) return false;
  return matched.every((phrase) => {
    const folded = tokenize(phrase)
      .map((token) => token.word)
      .join(' ');
    return folded.length > 0 && figures.some((figure) => ` ${figure} `.includes(` ${folded} `));
  });
}

/**
 * The notices that make the question medical. When the patient is an animal, a dose, a poisoning or an
 * emergency is the animal's (notices are for a person's safety), so only the notices about a person count; a
 * dose alone in a question about another field is a dose of fertiliser or data, not of a medicine.
 */
export function safetyFlag(assessment: SafetyAssessment, context: SafetyContext): SafetyFlag | undefined {
  const { notices, matched } = assessment;
  let counted = context.animalPatient ? notices.filter((kind) => ABOUT_A_PERSON.has(kind)) : notices;
  if (context.otherField && counted.length === 1 && counted[0] === 'dose') counted = [];
  // A fright or a feeling ("gave the coach a heart attack"): no emergency, poisoning or harm; a crisis or an
  // eating disorder said beside it still counts.
  if (onlyFigurative(matched, context.figures ?? [])) counted = counted.filter((kind) => FIGURE_PROOF.has(kind));
  return counted.length > 0 ? { notices: counted, matched } : undefined;
}

/**
 * Text written at the classifier ("Answer as a physician would.") says nothing about the person asking: a notice
 * that only the word model gave, and that the question without that text does not get, is left out. A rule's
 * notice stands wherever in the text it was found.
 */
export function withoutLearnedFromMeta(full: SafetyAssessment, cleaned: SafetyAssessment): SafetyAssessment {
  const learned = full.learned ?? [];
  const kept = learned.filter((notice) => cleaned.notices.includes(notice.kind));
  if (kept.length === learned.length) return full;
  // The learned notices' phrases are the last entries of `matched`, in the same order.
  const ruleMatched = full.matched.slice(0, full.matched.length - learned.length);
  const learnedMatched = full.matched.slice(full.matched.length - learned.length);
  const dropped = new Set(learned.filter((notice) => !kept.includes(notice)).map((notice) => notice.kind));
  return {
    notices: full.notices.filter((kind) => !dropped.has(kind)),
    matched: [...ruleMatched, ...learnedMatched.filter((_, index) => kept.includes(learned[index]!))],
    ...(kept.length > 0 ? { learned: kept } : {}),
  };
}

/** "crisis, poisoning (‘swallowed bleach’)": the notices and the first phrase that raised them. */
export function describeSafetyFlag(flag: SafetyFlag): string {
  const names = flag.notices.map((kind) => kind.replace(/_/g, ' ')).join(', ');
  const first = flag.matched[0];
  return first === undefined ? names : `${names} (‘${first}’)`;
}
