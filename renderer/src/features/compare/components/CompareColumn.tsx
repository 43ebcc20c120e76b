// One side of a comparison: its label, the streaming answer, profile, speed, status and its own Stop.
import { useEffect, useId, useRef } from 'react';
import { Badge } from '../../../components/ui/Badge';
import { Button, focusRing } from '../../../components/ui/Button';
import { StopIcon } from '../../../components/ui/icons';
import { useFormatters, useTranslation } from '../../../i18n';
import { PROFILE_SHORT_LABELS } from '../../model/labels';
import type { SideView } from '../state/compareState';

export interface CompareColumnProps {
  view: SideView;
  title: string;
  subtitle: string;
  onStop: () => void;
}

function statusOf(view: SideView): 'idle' | 'streaming' | 'complete' | 'stopped' | 'failed' {
  if (view.answer.done !== null) return view.answer.done.status;
  return view.streaming ? 'streaming' : 'idle';
}

export function CompareColumn({ view, title, subtitle, onStop }: CompareColumnProps) {
  const { t } = useTranslation('compare');
  const fmt = useFormatters();
  const { answer, info } = view;
  const status = statusOf(view);
  const done = answer.done;
  const profile = done?.profile ?? info?.profile ?? null;
  const scroller = useRef<HTMLDivElement>(null);
  const titleId = useId();
  // Follow the answer while it streams, unless the reader scrolled up to read.
  const { streaming } = view;
  const textLength = answer.text.length;
  useEffect(() => {
    const box = scroller.current;
    if (!streaming || box === null) return;
    if (box.scrollHeight - box.scrollTop - box.clientHeight < 80) box.scrollTop = box.scrollHeight;
  }, [streaming, textLength]);
  return (
    <section
      data-testid={`compare-${view.side}`}
      data-status={status}
      aria-label={title}
      className="flex min-h-0 min-w-0 flex-1 flex-col rounded-2xl border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-800/60"
    >
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-4 py-2.5 dark:border-slate-700">
        <div className="mr-auto min-w-0">
          <h3 id={titleId} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
            {title}
          </h3>
          <p className="truncate text-xs text-muted" title={subtitle}>
            {subtitle}
          </p>
        </div>
        {profile !== null && (
          <Badge tone="info" title={t('column.profile')}>
            <span data-testid="compare-profile">{PROFILE_SHORT_LABELS[profile]}</span>
          </Badge>
        )}
        {view.streaming && (
          <Button size="sm" variant="secondary" data-testid={`compare-stop-${view.side}`} onClick={onStop}>
            <StopIcon />
            {t('column.stop')}
          </Button>
        )}
      </header>
      {/* Focusable, so a long answer scrolls with the keyboard too (arrows, Page Down). */}
      <div
        ref={scroller}
        role="group"
        aria-labelledby={titleId}
        tabIndex={0}
        className={`min-h-0 flex-1 overflow-y-auto px-4 py-3 ${focusRing}`}
      >
        {answer.text === '' && view.streaming ? (
          <p className="text-sm text-muted">{t('column.waiting')}</p>
        ) : (
          <p
            data-testid="compare-text"
            className="text-[0.95rem] leading-7 break-words whitespace-pre-wrap text-slate-900 dark:text-slate-100"
          >
            {answer.text}
          </p>
        )}
        {done?.error != null && done.status === 'failed' && (
          <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
            {done.error}
          </p>
        )}
      </div>
      <footer className="flex items-center gap-2 border-t border-slate-200 px-4 py-2 text-xs text-muted dark:border-slate-700">
        {done !== null && done.tokensPerSecond > 0 && (
          <span data-testid="compare-speed">
            {t('column.speed', { count: done.tokens, speed: fmt.tokensPerSecond(done.tokensPerSecond) })}
          </span>
        )}
        {status === 'streaming' && <span>{t('column.generating')}</span>}
        {status === 'stopped' && <Badge>{t('column.stopped')}</Badge>}
        {status === 'failed' && <Badge tone="danger">{t('column.failed')}</Badge>}
      </footer>
    </section>
  );
}
