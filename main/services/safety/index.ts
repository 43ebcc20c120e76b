// Public API of the safety layer: which fixed notices a question needs.
export { assessSafety } from './assess';
export { normalizeForSafety } from './normalize';
export type { AssessOptions } from './assess';
export type { LearnedNotice, SafetyAssessment, SafetyNoticeKind } from './types';
