// Under an answer: the numbered cards it was given (each opens the card in Cards) and earlier answers
// (each opens its chat), or a quiet line when nothing of the student's was relevant. Shown the same
// for live and stored answers.
import { Fragment } from 'react';
import type { Citation, Message } from '../../../../../preload/contract/schemas';
import { focusRing } from '../../../components/ui/Button';
import { useTranslation, type TFunction } from '../../../i18n';
import {
  citationChipLabel,
  citationCopy,
  citationSides,
  citationStatusLabel,
  citationTarget,
  orderedCitations,
  type CitationTarget,
} from '../state/citations';

export interface AnswerCitationsProps {
  grounding: Message['grounding'];
  citations: readonly Citation[];
  /** Opens a card in Cards or an earlier answer in its chat; without it the chips only show what was cited. */
  onOpenCitation?: (target: CitationTarget) => void;
}

const CHIP =
  'inline-flex max-w-full items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-left text-xs leading-5';
const LIVE_CHIP = `${CHIP} border-teal-200 bg-teal-50 text-teal-900 hover:bg-teal-100 disabled:cursor-default disabled:hover:bg-teal-50 dark:border-teal-800 dark:bg-teal-950/50 dark:text-teal-100 dark:hover:bg-teal-900/60 ${focusRing}`;
// An earlier answer is the model's own text: told apart from the student's vetted cards at a glance.
const ANSWER_CHIP = `${CHIP} border-violet-200 bg-violet-50 text-violet-900 hover:bg-violet-100 disabled:cursor-default disabled:hover:bg-violet-50 dark:border-violet-800 dark:bg-violet-950/50 dark:text-violet-100 dark:hover:bg-violet-900/60 ${focusRing}`;
const GONE_CHIP = `${CHIP} cursor-pointer list-none border-slate-200 bg-slate-50 text-muted dark:border-slate-700 dark:bg-slate-800 ${focusRing}`;

function StatusTag({ status, t }: { status: Citation['status']; t: TFunction<'chat'> }) {
  const label = citationStatusLabel(status, t);
  if (label === null) return null;
  return (
    <span
      data-testid="citation-status"
      className="shrink-0 rounded bg-amber-100 px-1 text-[0.7rem] font-medium text-amber-900 dark:bg-amber-900/50 dark:text-amber-100"
    >
      {label}
    </span>
  );
}

/** Takes the list's t (no hooks of its own), so a chip is a plain function of its props. */
export function CitationChip({
  citation,
  onOpenCitation,
  t,
}: {
  citation: Citation;
  onOpenCitation?: (target: CitationTarget) => void;
  t: TFunction<'chat'>;
}) {
  const label = citationChipLabel(citation, t);
  const common = {
    'data-testid': 'citation-chip',
    'data-status': citation.status,
    'data-kind': citation.kind,
    ...(citation.kind === 'card'
      ? { 'data-card-id': citation.cardId }
      : { 'data-message-id': citation.messageId, 'data-conversation-id': citation.conversationId ?? undefined }),
  };
  const target = citationTarget(citation);

  if (target === null) {
    // The card is gone, so nothing to open: the copy the answer was given unfolds in place instead.
    return (
      <details {...common} className="max-w-full">
        <summary className={GONE_CHIP} title={citationCopy(citation, t)}>
          <span className="truncate line-through">{label}</span>
          <StatusTag status={citation.status} t={t} />
        </summary>
        <dl
          data-testid="citation-copy"
          className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 rounded-lg border border-slate-200 bg-white p-2 text-xs dark:border-slate-700 dark:bg-slate-900"
        >
          {citationSides(citation, t).map((side) => (
            <Fragment key={side.label}>
              <dt className="text-muted">{side.label}</dt>
              <dd className="whitespace-pre-wrap">{side.text}</dd>
            </Fragment>
          ))}
        </dl>
      </details>
    );
  }

  const card = citation.kind === 'card';
  const hint =
    citation.status === 'changed'
      ? t(card ? 'citations.changedCard' : 'citations.changedAnswer')
      : t(card ? 'citations.openCard' : 'citations.openAnswer');
  return (
    <button
      type="button"
      {...common}
      className={citation.kind === 'card' ? LIVE_CHIP : ANSWER_CHIP}
      title={[hint, citationCopy(citation, t)].join('\n')}
      disabled={onOpenCitation === undefined}
      onClick={() => onOpenCitation?.(target)}
    >
      <span className="truncate">{label}</span>
      <StatusTag status={citation.status} t={t} />
    </button>
  );
}

export function AnswerCitations({ grounding, citations, onOpenCitation }: AnswerCitationsProps) {
  const { t } = useTranslation('chat');
  if (citations.length > 0) {
    return (
      <ol
        data-testid="answer-citations"
        aria-label={
          citations.some((c) => c.kind === 'answer') ? t('citations.listCardsAndAnswers') : t('citations.listCards')
        }
        className="mt-3 flex flex-wrap items-start gap-1.5"
      >
        {orderedCitations(citations).map((citation) => (
          <li key={citation.number} className="max-w-full">
            <CitationChip citation={citation} onOpenCitation={onOpenCitation} t={t} />
          </li>
        ))}
      </ol>
    );
  }
  if (grounding === 'ungrounded') {
    return (
      <p data-testid="ungrounded-note" role="note" className="mt-3 text-xs text-muted italic">
        {t('citations.ungrounded')}
      </p>
    );
  }
  return null;
}
