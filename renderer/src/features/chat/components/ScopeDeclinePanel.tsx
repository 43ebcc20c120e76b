// Shown above the composer when the scope guard declines a question: first any safety notice the
// question needs (safety is decided regardless of scope), then what the assistant is for, the guard's
// reason, and the way on ("Ask anyway" where Settings allow it, or edit the question).
import { ASSISTANT_PURPOSE } from '../../../../../preload/contract/assistant-purpose';
import { noticeLanguageOf } from '../../../../../preload/contract/notice-language';
import { Button } from '../../../components/ui/Button';
import type { ScopeDecline } from '../state/chatReducer';
import { SafetyNotices } from './SafetyNotices';

export interface ScopeDeclinePanelProps {
  decline: ScopeDecline;
  onAskAnyway: () => void;
  onEdit: () => void;
  /** An answer is streaming, so nothing can be sent yet. */
  busy: boolean;
}

export function ScopeDeclinePanel({ decline, onAskAnyway, onEdit, busy }: ScopeDeclinePanelProps) {
  return (
    <section
      data-testid="scope-decline"
      aria-label="Question outside this assistant's scope"
      aria-live="polite"
      className="rounded-xl border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-950 dark:border-sky-900/60 dark:bg-sky-950/50 dark:text-sky-100"
    >
      <SafetyNotices notices={decline.notices} language={noticeLanguageOf(decline.text)} />
      <p className="font-medium">{ASSISTANT_PURPOSE}</p>
      <p className="mt-1" data-testid="scope-decline-reason">
        This question looks outside that scope. {decline.decision.reason}
      </p>
      {!decline.canAskAnyway && (
        <p className="mt-1 text-xs text-sky-800 dark:text-sky-300">
          The scope guard is set to strict in Settings, so questions outside this scope are not answered.
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        {decline.canAskAnyway && (
          <Button size="sm" variant="primary" data-testid="scope-ask-anyway" disabled={busy} onClick={onAskAnyway}>
            Ask anyway
          </Button>
        )}
        <Button size="sm" variant="secondary" data-testid="scope-edit-question" onClick={onEdit}>
          Edit question
        </Button>
      </div>
    </section>
  );
}
