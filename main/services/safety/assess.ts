// The safety detector: which fixed notices a question needs. Pure, regex-only, well under 1 ms.
import { SAFETY_NOTICE_ORDER } from '../../../preload/contract/safety-notices';
import { normalizeForSafety } from './normalize';
import { crisisRules } from './rules/crisis';
import { doseRules } from './rules/dose';
import { emergencyRules } from './rules/emergency';
import { poisoningRules } from './rules/poisoning';
import type { SafetyRuleSet } from './rules/types';
import type { SafetyAssessment, SafetyNoticeKind } from './types';

const RULE_SETS: readonly SafetyRuleSet[] = [crisisRules, emergencyRules, poisoningRules, doseRules];

/**
 * A red-flag topic anywhere in the text triggers its notice (even "what causes chest pain?"):
 * the notice is cheap and a miss is costly. Look-alikes ("chest of drawers", "dose of reality") do not.
 */
export function assessSafety(text: string): SafetyAssessment {
  const normalized = normalizeForSafety(text);
  const found = new Set<SafetyNoticeKind>();
  const matched: string[] = [];
  for (const { kind, patterns } of RULE_SETS) {
    for (const pattern of patterns) {
      const match = pattern.exec(normalized);
      if (!match) continue;
      found.add(kind);
      matched.push(match[0].trim());
    }
  }
  return { notices: SAFETY_NOTICE_ORDER.filter((kind) => found.has(kind)), matched };
}
