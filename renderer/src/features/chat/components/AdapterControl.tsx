// Compact bar above the chat: the adapter on/off and its scale for this conversation, the prompt
// profile the next answer will use, where the adapter came from, and other per-conversation switches
// (children, shown first; also when no model is loaded, so they can be set beforehand).
import type { ReactNode } from 'react';
import type { EngineStatus } from '../../../../../preload/contract/features/servers';
import type { ModelStatus, ProfileId } from '../../../../../preload/contract/schemas';
import { focusRing } from '../../../components/ui/Button';
import { useTranslation } from '../../../i18n';
import { PROFILE_SHORT_LABELS } from '../../model/labels';
import type { AdapterChoiceState } from '../hooks/useAdapterChoice';
import { AdapterError, AdapterScale, AdapterToggle, fileName } from './AdapterSwitches';
import { controlBar } from './control-bar';
import { RemoteAdapterControl } from './RemoteAdapterControl';

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
      <AdapterToggle state={state} title={adapter.path}>
        <span className="max-w-48 truncate font-normal text-muted">{fileName(adapter.path)}</span>
      </AdapterToggle>
      <AdapterScale state={state} />
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
      <AdapterError state={state} />
    </div>
  );
}
