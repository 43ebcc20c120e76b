// Shown above the composer when the scope guard declines a question: first any safety notice the
// question needs (safety is decided regardless of scope), then what the assistant is for, the guard's
// reason, and the way on ("Ask anyway" where Settings allow it, or edit the question). The panel speaks the UI
// language; the notices speak the question's, and the guard's reason is main's text, shown as it comes.
import { noticeLanguageOf } from '../../../../../preload/contract/notice-language';
import { Button } from '../../../components/ui/Button';
import { useTranslation } from '../../../i18n';
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
  const { t } = useTranslation('chat');
  return (
    <section
      data-testid="scope-decline"
      aria-label={t('scope.label')}
      aria-live="polite"
      className="rounded-xl border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-950 dark:border-sky-900/60 dark:bg-sky-950/50 dark:text-sky-100"
    >
      <SafetyNotices notices={decline.notices} language={noticeLanguageOf(decline.text)} />
      <p className="font-medium">{t('scope.purpose')}</p>
      <p className="mt-1" data-testid="scope-decline-reason">
        {t('scope.outside', { reason: decline.decision.reason })}
      </p>
      {!decline.canAskAnyway && <p className="mt-1 text-xs text-sky-800 dark:text-sky-300">{t('scope.strict')}</p>}
      <div className="mt-2 flex flex-wrap gap-2">
        {decline.canAskAnyway && (
          <Button size="sm" variant="primary" data-testid="scope-ask-anyway" disabled={busy} onClick={onAskAnyway}>
            {t('scope.askAnyway')}
          </Button>
        )}
        <Button size="sm" variant="secondary" data-testid="scope-edit-question" onClick={onEdit}>
          {t('scope.editQuestion')}
        </Button>
      </div>
    </section>
  );
}
