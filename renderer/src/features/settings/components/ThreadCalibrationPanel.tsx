// The measured speed per CPU thread count for the chosen model (shown next to the threads field), with "Re-measure".
import { useCallback, useEffect, useState } from 'react';
import type { ModelStatus } from '../../../../../preload/contract/schemas';
import type { ThreadCalibration } from '../../../../../preload/contract/thread-calibration';
import { Button } from '../../../components/ui/Button';
import { TermTip } from '../../../components/ui/TermTip';
import { Trans, useFormatters, useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { toUiError } from '../../../lib/errors';
import { useCalibrationProgress } from '../../model/hooks/useCalibrationProgress';

export interface ThreadCalibrationPanelProps {
  /** The saved threads setting is 'auto' (a fixed number is not re-measured). */
  automatic: boolean;
  disabled: boolean;
  onModelStatus: (status: ModelStatus) => void;
}

export function ThreadCalibrationPanel({ automatic, disabled, onModelStatus }: ThreadCalibrationPanelProps) {
  const api = useApi();
  const progress = useCalibrationProgress(api);
  const [calibration, setCalibration] = useState<ThreadCalibration | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [measuring, setMeasuring] = useState(false);
  const running = measuring || progress?.state === 'running';

  const refresh = useCallback(() => {
    api.getThreadCalibration().then(setCalibration, (err: unknown) => setError(toUiError(err).message));
  }, [api]);

  // Fetched on open, and again whenever a calibration finishes.
  useEffect(() => {
    if (progress === null || progress.state !== 'running') refresh();
  }, [refresh, progress]);

  const remeasure = async (): Promise<void> => {
    setMeasuring(true);
    setError(null);
    try {
      onModelStatus(await api.recalibrateThreads());
      refresh();
    } catch (err) {
      setError(toUiError(err).message);
    } finally {
      setMeasuring(false);
    }
  };

  return (
    <ThreadCalibrationFigures
      calibration={calibration}
      automatic={automatic}
      disabled={disabled}
      running={running}
      error={error}
      onRemeasure={() => void remeasure()}
    />
  );
}

export interface ThreadCalibrationFiguresProps {
  calibration: ThreadCalibration | null;
  automatic: boolean;
  disabled: boolean;
  running: boolean;
  error: string | null;
  onRemeasure: () => void;
}

/** The figures table and the "Re-measure" button (no data fetching). */
export function ThreadCalibrationFigures({
  calibration,
  automatic,
  disabled,
  running,
  error,
  onRemeasure,
}: ThreadCalibrationFiguresProps) {
  const { t } = useTranslation('settings');
  const fmt = useFormatters();
  const rate = (value: number): string => {
    const digits = value < 100 ? 1 : 0;
    return fmt.number(value, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  };
  return (
    <div data-testid="thread-calibration" className="rounded-lg bg-slate-50 p-3 text-xs dark:bg-slate-900/60">
      {calibration === null ? (
        <p className="text-slate-600 dark:text-slate-300">{t('calibration.notMeasured')}</p>
      ) : (
        <table className="w-full text-left">
          <caption className="mb-1 text-left text-slate-600 dark:text-slate-300">
            <Trans
              t={t}
              i18nKey="calibration.measured"
              values={{ date: fmt.date(calibration.measuredAt), threads: calibration.generationThreads }}
              components={[<strong key="chosen" data-testid="thread-calibration-chosen" />]}
            />
          </caption>
          <thead className="text-muted">
            <tr>
              <th className="font-medium">{t('calibration.threads')}</th>
              <th className="font-medium">{t('calibration.answerRate')}</th>
              <th className="font-medium">{t('calibration.promptRate')}</th>
            </tr>
          </thead>
          <tbody>
            {calibration.samples.map((sample) => (
              <tr
                key={sample.threads}
                data-testid={`thread-sample-${sample.threads}`}
                className={sample.threads === calibration.generationThreads ? 'font-semibold' : undefined}
              >
                <td>
                  {sample.threads === calibration.generationThreads
                    ? t('calibration.used', { threads: sample.threads })
                    : fmt.number(sample.threads)}
                </td>
                <td>{rate(sample.generationTokensPerSecond)}</td>
                <td>{rate(sample.promptTokensPerSecond)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {calibration !== null && calibration.promptThreads !== calibration.generationThreads && (
        <p className="mt-1 text-muted">
          {t('calibration.promptThreads', {
            count: calibration.promptThreads,
            answer: calibration.generationThreads,
          })}
        </p>
      )}
      {calibration !== null && (
        <p className="mt-1 text-muted">
          {t('calibration.speeds')} <TermTip term="tokensPerSecond" />
        </p>
      )}
      <div className="mt-2 flex items-center gap-2">
        <Button
          data-testid="thread-calibration-remeasure"
          disabled={disabled || running || !automatic}
          title={automatic ? t('calibration.remeasureTitle') : t('calibration.remeasureBlocked')}
          onClick={onRemeasure}
        >
          {running ? t('calibration.measuring') : t('calibration.remeasure')}
        </Button>
        {error !== null && (
          <span role="alert" className="text-red-700 dark:text-red-300">
            {error}
          </span>
        )}
      </div>
    </div>
  );
}
