// Desired retention (70–99%): higher means more reviews and fewer forgotten cards.
// The slider moves freely; its value is stored when a gesture ends on a new value (pointer up, key up,
// leaving the slider), never on focus alone, and the card on screen stays as it is.
import { useEffect, useId, useState } from 'react';
import { useFormatters, useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { percentOf, RETENTION_MAX, RETENTION_MIN, retentionToCommit } from '../state/retentionCommit';

export function RetentionSetting({ onChanged }: { onChanged(): void }) {
  const api = useApi();
  const { t } = useTranslation('review');
  const fmt = useFormatters();
  const id = useId();
  const [percent, setPercent] = useState<number | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.getReviewSettings().then(
      (settings) => {
        const read = percentOf(settings.desiredRetention);
        setPercent(read);
        setSaved(read);
      },
      (caught: unknown) => setError(String(caught)),
    );
  }, [api]);

  const commit = () => {
    const next = retentionToCommit({ saved, shown: percent });
    if (next === null) return;
    const previous = saved;
    setSaved(next); // a second gesture end on the same value stores nothing more
    api.setReviewSettings({ desiredRetention: next / 100 }).then(
      () => (setError(null), onChanged()),
      (caught: unknown) => {
        setSaved(previous); // the next gesture end tries again
        setError(caught instanceof Error ? caught.message : String(caught));
      },
    );
  };

  const percentText = percent === null ? null : fmt.percent(percent / 100);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-semibold">
        {t('retention.label', { percent: percentText ?? '…' })}
      </label>
      <input
        id={id}
        type="range"
        min={RETENTION_MIN}
        max={RETENTION_MAX}
        step={1}
        value={percent ?? 90}
        disabled={percent === null}
        aria-valuetext={percentText ?? undefined}
        aria-describedby={error === null ? hintId : `${hintId} ${errorId}`}
        data-testid="review-retention-setting"
        onChange={(event) => setPercent(Number(event.target.value))}
        onPointerUp={commit}
        onKeyUp={commit}
        onBlur={commit}
      />
      <span id={hintId} className="text-xs text-slate-600 dark:text-slate-300">
        {t('retention.hint')}
      </span>
      {error && (
        <span id={errorId} className="text-xs text-red-700 dark:text-red-300">
          {error}
        </span>
      )}
    </div>
  );
}
