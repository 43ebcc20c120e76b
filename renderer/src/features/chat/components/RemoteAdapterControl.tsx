// The adapter switches of a conversation a server answers: on/off always (the server is asked for the adapter
// or for the base model), the scale only where the server honours it (llama-server's per-request --lora scale).
import type { ReactNode } from 'react';
import type { EngineStatus } from '../../../../../preload/contract/features/servers';
import { focusRing } from '../../../components/ui/Button';
import { useFormatters, useTranslation } from '../../../i18n';
import type { AdapterChoiceState } from '../hooks/useAdapterChoice';
import { controlBar } from './control-bar';

/** The adapter file's name when the server reports a path (llama-server's /lora-adapters). */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function RemoteAdapterControl({
  engine,
  state,
  children,
}: {
  engine: EngineStatus;
  state: AdapterChoiceState;
  children?: ReactNode;
}) {
  const { t } = useTranslation('chat');
  const fmt = useFormatters();
  const { adapter } = engine;
  const { choice } = state;
  const scale = fmt.number(choice.scale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  if (adapter.mode === 'none') {
    return (
      <div data-testid="adapter-control" data-adapter="none" data-engine="remote" className={controlBar}>
        {children}
        <span>{t('adapter.none', { ns: 'servers' })}</span>
      </div>
    );
  }

  return (
    <div
      data-testid="adapter-control"
      data-adapter={choice.enabled ? 'on' : 'off'}
      data-engine="remote"
      className={controlBar}
    >
      {children}
      <label className="inline-flex min-h-6 items-center gap-2 font-medium">
        <input
          type="checkbox"
          role="switch"
          data-testid="adapter-toggle"
          checked={choice.enabled}
          onChange={(event) => state.setEnabled(event.target.checked)}
          className={`h-4 w-4 accent-teal-700 ${focusRing}`}
        />
        {t('controls.adapter')}{' '}
        {adapter.name !== null && (
          <span className="max-w-48 truncate font-normal text-muted" title={adapter.name}>
            {fileName(adapter.name)}
          </span>
        )}
      </label>
      {adapter.scalable ? (
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
      ) : (
        <span>{t('adapter.fullStrength', { ns: 'servers' })}</span>
      )}
      {state.error !== null && (
        <span role="alert" className="text-red-700 dark:text-red-300">
          {state.error.message}
        </span>
      )}
    </div>
  );
}
