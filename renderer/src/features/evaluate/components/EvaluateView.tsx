// Evaluate screen: perplexity of base vs base + adapter on one data file, its progress, a chart of
// the latest (or selected) pair, and the stored runs. Stays mounted so a run keeps reporting elsewhere.
import { useMemo } from 'react';
import type { ModelStatus } from '../../../../../preload/contract/schemas';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { hasLoadedModel } from '../../model/labels';
import { useEvaluation } from '../hooks/useEvaluation';
import { usePublishedEvaluation } from '../hooks/usePublishedEvaluation';
import { isRunning, plottedPair, requestedVariants } from '../state/evaluateState';
import { ownAdapterRun } from '../state/publishedFigure';
import { EvaluateControls } from './EvaluateControls';
import { EvaluateIntro } from './EvaluateIntro';
import { EvaluationRunsTable, fileName } from './EvaluationRunsTable';
import { PerplexityChart } from './PerplexityChart';
import { PublishedFigure } from './PublishedFigure';
import { VariantProgress } from './VariantProgress';

export interface EvaluateViewProps {
  active: boolean;
  status: ModelStatus | null;
  onOpenSettings: () => void;
}

export function EvaluateView({ active, status, onOpenSettings }: EvaluateViewProps) {
  const api = useApi();
  const { t } = useTranslation('evaluate');
  const session = useEvaluation(api);
  const published = usePublishedEvaluation(api);
  const { state, dispatch } = session;
  const ready = status !== null && hasLoadedModel(status.state) && status.modelInfo !== null;
  const adapterLoaded = ready && status.adapter !== null;
  const variants = requestedVariants(state, adapterLoaded);
  const running = isRunning(state);
  const pair = useMemo(() => plottedPair(state.runs, state.selectedId), [state.runs, state.selectedId]);
  const plottedIds = useMemo(
    () => new Set([pair?.base?.id, pair?.adapter?.id].filter((id): id is number => id !== undefined)),
    [pair],
  );

  return (
    <div hidden={!active} className="flex min-h-0 flex-1 flex-col overflow-y-auto">
      <div data-testid="evaluate-view" className="mx-auto flex w-full max-w-6xl flex-col gap-4 p-6">
        <EvaluateIntro />
        {published !== null && <PublishedFigure published={published} own={ownAdapterRun(state.runs, pair)} />}
        <EvaluateControls
          dataPath={state.dataPath}
          chosen={state.chosen}
          modelProblem={ready ? null : t('view.noModel')}
          adapterLoaded={adapterLoaded}
          running={running}
          cancelling={state.phase === 'cancelling'}
          variants={variants}
          onPickData={() => void session.pickData()}
          sampleItems={session.sample?.items ?? null}
          onUseSample={session.chooseSample}
          onChoose={(variant, on) => dispatch({ type: 'choose', variant, on })}
          onRun={() => void session.start(variants)}
          onCancel={session.cancel}
        />
        {!ready && (
          <div>
            <Button size="sm" onClick={onOpenSettings}>
              {t('view.openSettings')}
            </Button>
          </div>
        )}
        {state.error !== null && (
          <ErrorBanner
            message={
              state.error.kind === 'message'
                ? state.error.text
                : t('view.failed', { error: state.error.detail ?? t('view.unknownError') })
            }
            onDismiss={() => dispatch({ type: 'dismissError' })}
          />
        )}
        {state.notice !== null && (
          <p data-testid="evaluation-notice" role="status" className="text-sm text-slate-600 dark:text-slate-300">
            {t('view.cancelled')}
          </p>
        )}
        {running && (
          <section aria-label={t('view.progress')} data-testid="evaluation-progress" className="flex flex-col gap-3">
            {state.requested.map((variant, index) => (
              <VariantProgress
                key={variant}
                variant={variant}
                progress={state.progress[variant]}
                queued={index > 0 && state.progress[variant] === undefined}
              />
            ))}
          </section>
        )}
        {pair !== null && (
          <section aria-label={t('view.chart')} className="flex flex-col gap-2">
            <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-100">
              {t('view.chartTitle', { file: fileName((pair.base ?? pair.adapter)?.dataPath ?? '') })}
            </h3>
            <PerplexityChart pair={pair} />
          </section>
        )}
        <section aria-label={t('view.runs')} className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-100">{t('view.runs')}</h3>
          <EvaluationRunsTable
            runs={state.runs}
            plottedIds={plottedIds}
            onPlot={(id) => dispatch({ type: 'select', id })}
            onDelete={(run) => void session.remove(run)}
          />
        </section>
      </div>
    </div>
  );
}
