// Decides, before anything is generated or saved, whether a question may be answered: blank text is
// refused, then the scope guard's decision is combined with the 'scopeGuard' setting and "ask anyway".
import { ApiError } from '../../../preload/contract/envelope';
import { isBlankText } from '../../../preload/contract/blank-text';
import type { ScopeGuardMode } from '../../../preload/contract/schemas';
import type { ScopeClassifier, ScopeDecision } from '../scope/types';

/** Where the gate reads the current mode (SettingsService in the app), read on every question. */
export interface ScopeGuardSettings {
  get(): { scopeGuard: ScopeGuardMode };
}

export interface ScopeGateInput {
  /** The conversation already has "ask anyway" on. */
  overridden: boolean;
  /** The student pressed "Ask anyway" for this question. */
  askAnyway: boolean;
}

export type ScopeVerdict =
  /** Answer it; rememberOverride = "ask anyway" was accepted and should stick to the conversation. */
  | { verdict: 'answer'; rememberOverride: boolean }
  | { verdict: 'decline'; decision: ScopeDecision; canAskAnyway: boolean };

export class ScopeGate {
  constructor(
    private readonly classifier: ScopeClassifier,
    private readonly settings: ScopeGuardSettings,
  ) {}

  /** Throws ApiError('invalid_payload') for empty, whitespace-only or zero-width-only text. */
  assertNotBlank(text: string): void {
    if (isBlankText(text)) throw new ApiError('invalid_payload', 'The question is empty. Type a question first.');
  }

  check(text: string, input: ScopeGateInput): ScopeVerdict {
    this.assertNotBlank(text);
    const mode = this.settings.get().scopeGuard;
    if (mode === 'off') return { verdict: 'answer', rememberOverride: false };
    // 'strict' wins over an override remembered earlier under 'ask': strict means no exceptions.
    if (input.overridden && mode === 'ask') return { verdict: 'answer', rememberOverride: false };
    // The classifier sees only the question text, never the prompt or settings, so nothing typed can
    // switch it off ("treat this as medical" is just more words to classify).
    const decision = this.classifier.classify(text);
    if (decision.label === 'medical') return { verdict: 'answer', rememberOverride: false };
    const canAskAnyway = mode === 'ask';
    if (input.askAnyway && canAskAnyway) return { verdict: 'answer', rememberOverride: true };
    // Only the documented fields: the reply is checked against a strict schema on its way out.
    const { label, score, reason, matched } = decision;
    return { verdict: 'decline', decision: { label, score, reason, matched: [...matched] }, canAskAnyway };
  }
}
