// The adapter's switches shared by this computer's and a server's adapter bar: on/off, the scale slider with
// its value, and the error of the last change.
import type { ReactNode } from 'react';
import { focusRing } from '../../../components/ui/Button';
import { useFormatters, useTranslation } from '../../../i18n';
import type { AdapterChoiceState } from '../hooks/useAdapterChoice';

/** The adapter file's name from its path. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The on/off switch; `children` follow "Adapter" in its label (the adapter's name). */
export function AdapterToggle({
  state,
  title,
  children,
}: {
  state: AdapterChoiceState;
  /** Shown on hovering the whole label. */
  title?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('chat');
  return (
    <label className="inline-flex min-h-6 items-center gap-2 font-medium" title={title}>
      <input
        type="checkbox"
        role="switch"
        data-testid="adapter-toggle"
        checked={state.choice.enabled}
        onChange={(event) => state.setEnabled(event.target.checked)}
        className={`h-4 w-4 accent-teal-700 ${focusRing}`}
      />
      {t('controls.adapter')} {children}
    </label>
  );
}

/** The scale from 0 to 2, off while the adapter is. */
export function AdapterScale({ state }: { state: AdapterChoiceState }) {
  const { t } = useTranslation('chat');
  const fmt = useFormatters();
  const { choice } = state;
  const scale = fmt.number(choice.scale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <label className="inline-flex min-h-6 items-center gap-2">
      {t('controls.scale')}
      <input
        type="range"
        data-testid="adapter-scale"
        min={0}
        max={2}
        step={0.05}
        value={choice.scale}
        disabled={!choice.enabled}
        onChange={(event) => state.setScale(Number(event.target.value))}
        className="w-28 accent-teal-700 disabled:opacity-40"
        aria-valuetext={scale}
      />
      <output className="w-8 font-mono tabular-nums">{scale}</output>
    </label>
  );
}

export function AdapterError({ state }: { state: AdapterChoiceState }) {
  if (state.error === null) return null;
  return (
    <span role="alert" className="text-red-700 dark:text-red-300">
      {state.error.message}
    </span>
  );
}
