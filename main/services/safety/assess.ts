// The safety detector: which fixed notices a question needs. Pure: hand-written rules, then small learned word
// models (./learned) that may add a notice the rules missed, never remove one; well under 1 ms.
import { SAFETY_NOTICE_ORDER } from '../../../preload/contract/safety-notices';
import { normalizeForSafety } from './normalize';
import { animalExposureRules } from './rules/animal-exposure';
import { crisisRules } from './rules/crisis';
import { doseRules } from './rules/dose';
import { eatingDisorderRules } from './rules/eating-disorder';
import { emergencyRules } from './rules/emergency';
import { harmToOthersRules } from './rules/harm-to-others';
import { othersMedicineRules } from './rules/others-medicine';
import { poisoningRules } from './rules/poisoning';
import type { SafetyRuleSet } from './rules/types';
import type { SafetyAssessment, SafetyNoticeKind } from './types';
import { isAboutFiction } from './fiction';
import { isVeterinary } from './veterinary';
import { describeLearnedNotice, learnedNotices } from './learned';
import { tagWithSpans, untag } from './word-classes';

const RULE_SETS: readonly SafetyRuleSet[] = [
  crisisRules,
  harmToOthersRules,
  emergencyRules,
  poisoningRules,
  animalExposureRules,
  othersMedicineRules,
  eatingDisorderRules,
  doseRules,
];

export interface AssessOptions {
  /** Whether the learned layer may add notices the rules missed (default true). */
  learned?: boolean;
}

/** Kinds kept when the animal is the patient: a person's crisis or intent to harm someone still counts. */
const KEPT_FOR_VETERINARY: ReadonlySet<SafetyNoticeKind> = new Set(['crisis', 'harm_to_others']);

/**
 * A red-flag topic anywhere in the text triggers its notice (even "what causes chest pain?"):
 * the notice is cheap and a miss is costly. Look-alikes ("chest of drawers", "dose of reality") do not,
 * and neither do veterinary questions, where the animal is the patient.
 */
export function assessSafety(text: string, { learned = true }: AssessOptions = {}): SafetyAssessment {
  const normalized = normalizeForSafety(text);
  const tagged = tagWithSpans(normalized);
  const found = new Set<SafetyNoticeKind>();
  const matched: string[] = [];
  let veterinary: boolean | undefined;
  let fiction: boolean | undefined;
  for (const rules of RULE_SETS) {
    const runs: [readonly RegExp[], string][] = [
      [rules.patterns, normalized],
      [rules.tagged ?? [], tagged.text],
    ];
    if (rules.outsideFiction && !(fiction ??= isAboutFiction(normalized, tagged.text))) {
      runs.push([rules.outsideFiction, normalized]);
    }
    for (const [patterns, subject] of runs) {
      for (const pattern of patterns) {
        const match = pattern.exec(subject);
        if (!match) continue;
        if (!KEPT_FOR_VETERINARY.has(rules.kind) && (veterinary ??= isVeterinary(normalized, tagged.text))) break;
        found.add(rules.kind);
        // Tagged matches are reported in the question's own words ("my brother's xanax", not "my KIN's MED").
        const phrase =
          subject === normalized ? match[0] : untag(tagged, normalized, match.index, match.index + match[0].length);
        matched.push(phrase.trim());
      }
    }
  }
  const added = learned
    ? learnedNotices(normalized, tagged, (kind) => {
        if (found.has(kind)) return false;
        if (!KEPT_FOR_VETERINARY.has(kind) && (veterinary ??= isVeterinary(normalized, tagged.text))) return false;
        return !(kind === 'poisoning' && (fiction ??= isAboutFiction(normalized, tagged.text)));
      })
    : [];
  for (const notice of added) {
    found.add(notice.kind);
    matched.push(describeLearnedNotice(notice));
  }
  const notices = SAFETY_NOTICE_ORDER.filter((kind) => found.has(kind));
  return added.length === 0 ? { notices, matched } : { notices, matched, learned: added };
}
