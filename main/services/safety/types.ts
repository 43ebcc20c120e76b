// What the safety layer finds in a question; the notice kinds themselves live in the contract.
import type { SafetyNoticeKind } from '../../../preload/contract/safety-notices';

export type { SafetyNoticeKind };

export interface SafetyAssessment {
  /** Distinct notice kinds, in SAFETY_NOTICE_ORDER (most urgent first). */
  notices: SafetyNoticeKind[];
  /** The phrases that triggered them (for tests, the CLI and debugging). */
  matched: string[];
  /** Notices the rules missed and the learned layer added, with the words that raised them; absent when none. */
  learned?: LearnedNotice[];
}

/** A notice the learned layer adds, with the words that raised it most. */
export interface LearnedNotice {
  kind: SafetyNoticeKind;
  probability: number;
  /** Up to three of the question's words, strongest first. */
  words: string[];
}
