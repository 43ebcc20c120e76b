// The fixed safety notices above an answer, decided from the question (never from the model's text), in
// the question's language: urgent ones (a life at risk now) are alerts; the others are quieter notes.
import {
  SAFETY_NOTICE_ORDER,
  SAFETY_NOTICE_TEXTS,
  type SafetyNoticeKind,
  type SafetyNoticeLanguage,
} from '../../../../../preload/contract/safety-notices';

const URGENT: ReadonlySet<SafetyNoticeKind> = new Set(['crisis', 'harm_to_others', 'emergency', 'poisoning']);

const URGENT_CLASS = 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-50';
const NOTE_CLASS =
  'border-amber-200 bg-amber-50 text-amber-950 dark:border-amber-900/60 dark:bg-amber-950/40 dark:text-amber-100';

/** Most urgent first, each kind once, whatever order they were stored in. */
export function orderedNotices(notices: readonly SafetyNoticeKind[]): SafetyNoticeKind[] {
  return SAFETY_NOTICE_ORDER.filter((kind) => notices.includes(kind));
}

export function SafetyNotices({
  notices,
  language = 'en',
}: {
  notices: readonly SafetyNoticeKind[];
  /** The question's language (noticeLanguageOf): the reviewed text, help lines included, is shown in it. */
  language?: SafetyNoticeLanguage;
}) {
  const kinds = orderedNotices(notices);
  if (kinds.length === 0) return null;
  return (
    <div className="mb-3 flex flex-col gap-2">
      {kinds.map((kind) => {
        const urgent = URGENT.has(kind);
        const { title, body } = SAFETY_NOTICE_TEXTS[language][kind];
        return (
          <div
            key={kind}
            data-testid="safety-notice"
            data-kind={kind}
            lang={language}
            role={urgent ? 'alert' : 'note'}
            className={`rounded-lg border px-3 py-2 text-sm ${urgent ? URGENT_CLASS : NOTE_CLASS}`}
          >
            <p className="font-semibold">{title}</p>
            <p className="mt-0.5">{body}</p>
          </div>
        );
      })}
    </div>
  );
}
