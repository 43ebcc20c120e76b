// The shape of one notice kind's rules.
import type { SafetyNoticeKind } from '../types';

export interface SafetyRuleSet {
  kind: SafetyNoticeKind;
  /** Matched against normalised text (see normalize.ts); any match triggers the notice. */
  patterns: readonly RegExp[];
  /** Matched against the same text with word classes replaced by tokens (see word-classes.ts and lexicon.ts). */
  tagged?: readonly RegExp[];
  /** Matched against normalised text unless the question is about a work of fiction (see ../fiction.ts). */
  outsideFiction?: readonly RegExp[];
}
