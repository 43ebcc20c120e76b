// Compact bar above the chat: the adapter on/off and its scale for this conversation, the prompt
// profile the next answer will use, where the adapter came from, and other per-conversation switches
// (children, shown first; also when no model is loaded, so they can be set beforehand).
import type { ReactNode } from 'react';
import type { EngineStatus } from '../../../../../preload/contract/features/servers';
import type { ModelStatus, ProfileId } from '../../../../../preload/contract/schemas';
import { focusRing } from '../../../components/ui/Button';
import { useFormatters, useTranslation } from '../../../i18n';
import { PROFILE_SHORT_LABELS } from '../../model/labels';
import type { AdapterChoiceState } from '../hooks/useAdapterChoice';
import { controlBar } from './control-bar';
import { RemoteAdapterControl } from './RemoteAdapterControl';

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The profile the next answer uses: it travels with the adapter (see ModelService). */
export function nextAnswerProfile(status: ModelStatus, adapterOn: boolean): ProfileId | null {
  const info = status.modelInfo;
  if (info === null) return null;
  if (status.adapter !== null && !adapterOn) return info.hasChatTemplate ? 'template' : 'qa';
  return status.profile;
}

export function AdapterControl({
  status,
  state,
  engine = null,
  children,
}: {
  status: ModelStatus | null;
  state: AdapterChoiceState;
  /** The conversation's engine: a server's adapter is described by the server, not by the local model. */
  engine?: EngineStatus | null;
  children?: ReactNode;
}) {
  const { t } = useTranslation('chat');
  const fmt = useFormatters();
  if (engine?.kind === 'remote') {
    return (
      <RemoteAdapterControl engine={engine} state={state}>
        {children}
      </RemoteAdapterControl>
    );
  }
  if (status === null || status.modelInfo === null) {
    return children ? (
      <div data-testid="chat-controls" className={controlBar}>
        {children}
      </div>
    ) : null;
  }
  const { adapter } = status;
  const { choice } = state;
  const profile = nextAnswerProfile(status, choice.enabled);
  const scale = fmt.number(choice.scale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  if (adapter === null) {
    return (
      <div data-testid="adapter-control" data-adapter="none" className={controlBar}>
        {children}
        <span>{t('controls.baseOnly')}</span>
        {profile !== null && (
          <span data-testid="adapter-profile">{t('controls.profile', { profile: PROFILE_SHORT_LABELS[profile] })}</span>
        )}
      </div>
    );
  }

  return (
    <div data-testid="adapter-control" data-adapter={choice.enabled ? 'on' : 'off'} className={controlBar}>
      {children}
      <label className="inline-flex min-h-6 items-center gap-2 font-medium" title={adapter.path}>
        <input
          type="checkbox"
          role="switch"
          data-testid="adapter-toggle"
          checked={choice.enabled}
          onChange={(event) => state.setEnabled(event.target.checked)}
          className={`h-4 w-4 accent-teal-700 ${focusRing}`}
        />
        {t('controls.adapter')}{' '}
        <span className="max-w-48 truncate font-normal text-muted">{fileName(adapter.path)}</span>
      </label>
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
      {profile !== null && (
        <span data-testid="adapter-profile" title={t('controls.profileHint')}>
          {t('controls.profile', { profile: PROFILE_SHORT_LABELS[profile] })}
        </span>
      )}
      {adapter.provenance.length > 0 && (
        <details data-testid="adapter-provenance" className="relative">
          <summary className={`cursor-pointer rounded select-none ${focusRing}`}>{t('controls.source')}</summary>
          <dl className="absolute z-10 mt-1 grid w-80 grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 rounded-lg border border-slate-200 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-800">
            {adapter.provenance.map(({ key, value }) => (
              <div key={key} className="contents">
                <dt className="text-muted">{key}</dt>
                <dd className="break-all">{value}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {state.error !== null && (
        <span role="alert" className="text-red-700 dark:text-red-300">
          {state.error.message}
        </span>
      )}
    </div>
  );
}
