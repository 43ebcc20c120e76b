// Data file, which variants to score, and Run / Cancel; every disabled control says why.
import type { EvaluationVariantId } from '../../../../../preload/contract/features/evaluation';
import { Button } from '../../../components/ui/Button';
import { StopIcon } from '../../../components/ui/icons';
import { useTranslation, type TFunction } from '../../../i18n';
import { VARIANT_KEYS } from '../state/chartLayout';
import { VARIANTS } from '../state/evaluateState';
import { fileName } from './EvaluationRunsTable';

export interface EvaluateControlsProps {
  dataPath: string | null;
  chosen: Readonly<Record<EvaluationVariantId, boolean>>;
  /** Why nothing can run now (no model loaded), in words, or null. */
  modelProblem: string | null;
  adapterLoaded: boolean;
  running: boolean;
  cancelling: boolean;
  variants: EvaluationVariantId[];
  onPickData: () => void;
  /** Items in the sample shipped with the app; null = no sample to offer. */
  sampleItems: number | null;
  onUseSample: () => void;
  onChoose: (variant: EvaluationVariantId, on: boolean) => void;
  onRun: () => void;
  onCancel: () => void;
}

export function runLabel(t: TFunction<'evaluate'>, variants: readonly EvaluationVariantId[]): string {
  if (variants.length === 2) return t('controls.runBoth');
  const [only] = variants;
  if (only === undefined) return t('controls.run');
  return only === 'base' ? t('controls.runBase') : t('controls.runAdapter');
}

/** Why Run is disabled, or null when it may run. */
export function runBlocker(
  t: TFunction<'evaluate'>,
  props: Pick<EvaluateControlsProps, 'dataPath' | 'modelProblem' | 'variants'>,
): string | null {
  if (props.modelProblem !== null) return props.modelProblem;
  if (props.dataPath === null) return t('controls.chooseData');
  if (props.variants.length === 0) return t('controls.tickVariant');
  return null;
}

export function EvaluateControls(props: EvaluateControlsProps) {
  const { dataPath, chosen, adapterLoaded, running, cancelling, variants } = props;
  const { t } = useTranslation('evaluate');
  const blocker = runBlocker(t, props);
  return (
    <div className="flex flex-col gap-3 rounded-2xl border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-800/60">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium text-slate-800 dark:text-slate-100">{t('controls.dataFile')}</span>
        <span
          data-testid="evaluation-data-path"
          title={dataPath ?? undefined}
          className="min-w-0 truncate text-slate-600 dark:text-slate-300"
        >
          {dataPath === null ? t('controls.noneChosen') : fileName(dataPath)}
        </span>
        <Button size="sm" data-testid="evaluation-pick-data" disabled={running} onClick={props.onPickData}>
          {t('controls.choose')}
        </Button>
        {props.sampleItems !== null && (
          <Button size="sm" data-testid="evaluation-use-sample" disabled={running} onClick={props.onUseSample}>
            {t('controls.useSample', { count: props.sampleItems })}
          </Button>
        )}
      </div>
      <fieldset className="flex flex-wrap items-center gap-4 text-sm" disabled={running}>
        <legend className="sr-only">{t('controls.variants')}</legend>
        {VARIANTS.map((variant) => {
          const unavailable = variant === 'adapter' && !adapterLoaded;
          return (
            <label key={variant} className="inline-flex items-center gap-1.5">
              <input
                type="checkbox"
                data-testid={`evaluation-variant-${variant}`}
                checked={chosen[variant] && !unavailable}
                disabled={unavailable}
                aria-describedby={unavailable ? 'evaluation-adapter-reason' : undefined}
                onChange={(event) => props.onChoose(variant, event.target.checked)}
              />
              {t(VARIANT_KEYS[variant])}
            </label>
          );
        })}
        {!adapterLoaded && (
          <span id="evaluation-adapter-reason" data-testid="evaluation-adapter-reason" className="text-xs text-muted">
            {t('controls.noAdapter')}
          </span>
        )}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        {running ? (
          <Button data-testid="evaluation-cancel" disabled={cancelling} onClick={props.onCancel}>
            <StopIcon />
            {cancelling ? t('controls.cancelling') : t('actions.cancel', { ns: 'common' })}
          </Button>
        ) : (
          <Button
            variant="primary"
            data-testid="evaluation-run"
            disabled={blocker !== null}
            aria-describedby={blocker !== null ? 'evaluation-run-blocker' : undefined}
            onClick={props.onRun}
          >
            {runLabel(t, variants)}
          </Button>
        )}
        {!running && blocker !== null && (
          <span id="evaluation-run-blocker" className="text-xs text-muted">
            {blocker}
          </span>
        )}
      </div>
    </div>
  );
}
