// The adapter switches of a conversation a server answers: on/off always (the server is asked for the adapter
// or for the base model), the scale only where the server honours it (llama-server's per-request --lora scale).
import type { ReactNode } from 'react';
import type { EngineStatus } from '../../../../../preload/contract/features/servers';
import { useTranslation } from '../../../i18n';
import type { AdapterChoiceState } from '../hooks/useAdapterChoice';
import { AdapterError, AdapterScale, AdapterToggle, fileName } from './AdapterSwitches';
import { controlBar } from './control-bar';

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
  const { adapter } = engine;
  const { choice } = state;

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
      <AdapterToggle state={state}>
        {adapter.name !== null && (
          <span className="max-w-48 truncate font-normal text-muted" title={adapter.name}>
            {fileName(adapter.name)}
          </span>
        )}
      </AdapterToggle>
      {adapter.scalable ? <AdapterScale state={state} /> : <span>{t('adapter.fullStrength', { ns: 'servers' })}</span>}
      <AdapterError state={state} />
    </div>
  );
}
