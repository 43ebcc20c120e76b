// The shape of one notice kind's rules.
import type { SafetyNoticeKind } from '../types';

export interface SafetyRuleSet {
  kind: SafetyNoticeKind;
  /** Matched against normalised text (see normalize.ts); any match triggers the notice. */
  patterns: readonly RegExp[];
}
