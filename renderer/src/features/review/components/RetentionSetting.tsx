// Desired retention (70–99%): higher means more reviews and fewer forgotten cards.
import { useEffect, useState } from 'react';
import { useApi } from '../../../lib/api';

export function RetentionSetting({ onChanged }: { onChanged(): void }) {
  const api = useApi();
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.getReviewSettings().then(
      (settings) => setPercent(Math.round(settings.desiredRetention * 100)),
      (caught: unknown) => setError(String(caught)),
    );
  }, [api]);

  // The slider moves freely; the value is stored when the user lets go (not on every step of a drag).
  const save = () => {
    if (percent === null) return;
    api.setReviewSettings({ desiredRetention: percent / 100 }).then(
      () => (setError(null), onChanged()),
      (caught: unknown) => setError(caught instanceof Error ? caught.message : String(caught)),
    );
  };

  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-semibold">Desired retention: {percent === null ? '…' : `${percent}%`}</span>
      <input
        type="range"
        min={70}
        max={99}
        step={1}
        value={percent ?? 90}
        disabled={percent === null}
        data-testid="review-retention-setting"
        onChange={(event) => setPercent(Number(event.target.value))}
        onPointerUp={save}
        onKeyUp={save}
      />
      <span className="text-xs text-slate-500 dark:text-slate-400">
        Higher keeps more in memory but shows cards more often.
      </span>
      {error && <span className="text-xs text-red-700 dark:text-red-300">{error}</span>}
    </label>
  );
}
