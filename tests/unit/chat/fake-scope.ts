// Stand-ins for the scope guard and the safety detector, so ChatService/Compare tests control both.
import { ScopeGate, type ScopeGuardSettings } from '../../../main/services/chat/scope-gate';
import type { ChatSafeguards, SendOutcome } from '../../../main/services/chat/chat-service';
import type { SafetyAssessment } from '../../../main/services/safety/types';
import type { ScopeClassifier, ScopeDecision } from '../../../main/services/scope/types';
import type { ScopeGuardMode } from '../../../preload/contract/schemas';

/** Declines questions that mention one of a few non-medical words; everything else is "medical". */
export class FakeClassifier implements ScopeClassifier {
  readonly seen: string[] = [];

  classify(text: string): ScopeDecision {
    this.seen.push(text);
    const hit = /\b(france|poem|football)\b/i.exec(text);
    if (!hit) return { label: 'medical', score: 1, reason: 'Looks medical.', matched: [] };
    return {
      label: 'out_of_scope',
      score: -1,
      reason: `It is about "${hit[1]}", not medicine or health.`,
      matched: [hit[1] ?? ''],
    };
  }
}

export class FakeScopeSettings implements ScopeGuardSettings {
  scopeGuard: ScopeGuardMode = 'ask';
  get(): { scopeGuard: ScopeGuardMode } {
    return { scopeGuard: this.scopeGuard };
  }
}

/** "chest pain" → emergency, "dose" → dose; mirrors the real detector's contract, not its rules. */
export function fakeAssessSafety(text: string): SafetyAssessment {
  const notices: SafetyAssessment['notices'] = [];
  if (/chest pain/i.test(text)) notices.push('emergency');
  if (/\bdose\b/i.test(text)) notices.push('dose');
  return { notices, matched: [] };
}

export function fakeSafeguards(): {
  safeguards: ChatSafeguards;
  classifier: FakeClassifier;
  settings: FakeScopeSettings;
} {
  const classifier = new FakeClassifier();
  const settings = new FakeScopeSettings();
  return {
    safeguards: { scope: new ScopeGate(classifier, settings), assessSafety: fakeAssessSafety },
    classifier,
    settings,
  };
}

/** Narrows a send() result to the answering outcome, failing the test when the question was declined. */
export function answering(outcome: SendOutcome): Extract<SendOutcome, { outcome: 'answering' }> {
  if (outcome.outcome !== 'answering') throw new Error(`expected an answer, got a decline: ${outcome.decision.reason}`);
  return outcome;
}
