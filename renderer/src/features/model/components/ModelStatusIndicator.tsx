// Header pill showing the model state, name and backend; data-state mirrors ModelStatus.state.
import type { ModelState, ModelStatus } from '../../../../../preload/contract/schemas';
import { useTranslation } from '../../../i18n';
import { BACKEND_LABELS } from '../labels';

const DOT: Record<ModelState, string> = {
  stopped: 'bg-slate-400',
  starting: 'bg-amber-500 animate-pulse',
  idle: 'bg-slate-400',
  loading: 'bg-amber-500 animate-pulse',
  ready: 'bg-emerald-500',
  generating: 'bg-teal-500 animate-pulse',
  crashed: 'bg-red-500',
  unavailable: 'bg-slate-400',
};

export function ModelStatusIndicator({ status }: { status: ModelStatus | null }) {
  const state = status?.state ?? 'starting';
  const info = status?.modelInfo ?? null;
  const { t } = useTranslation('models');
  const label = status === null ? t('state.checking') : t(`state.${state}`);
  return (
    <div
      data-testid="model-status"
      data-state={status === null ? 'unknown' : state}
      role="status"
      title={status?.message ?? undefined}
      className="flex max-w-full min-w-0 items-center gap-2 overflow-hidden rounded-full border border-slate-200 bg-white px-3 py-1 text-xs text-slate-700 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-200"
    >
      <span aria-hidden="true" className={`h-2 w-2 shrink-0 rounded-full ${DOT[state]}`} />
      <span className="truncate font-medium sm:shrink-0">{label}</span>
      {info !== null && (
        <>
          {/* The name gives way before the state does; on the narrowest windows only the state is shown. */}
          <span className="hidden truncate text-muted sm:inline" title={info.modelName}>
            {info.modelName}
          </span>
          {info.gpuFallback === null ? (
            <span className="hidden rounded bg-slate-100 px-1.5 py-0.5 font-mono sm:inline text-[0.7rem] text-slate-600 dark:bg-slate-700 dark:text-slate-300">
              {BACKEND_LABELS[info.backend]}
            </span>
          ) : (
            // The GPU was asked for but failed: say so where the backend is always in view.
            <span
              data-testid="gpu-fallback-badge"
              title={info.gpuFallback}
              className="rounded bg-amber-100 px-1.5 py-0.5 font-mono text-[0.7rem] text-amber-900 dark:bg-amber-900 dark:text-amber-100"
            >
              {t('indicator.gpuFailed')}
            </span>
          )}
        </>
      )}
    </div>
  );
}
