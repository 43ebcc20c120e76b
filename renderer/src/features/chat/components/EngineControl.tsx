// "Answers from": this computer or a server from Settings, for the open conversation (or the next new chat).
// Shown only once a server has been added: until then every answer comes from this computer.
import { focusRing } from '../../../components/ui/Button';
import { useTranslation } from '../../../i18n';
import type { EngineChoiceState } from '../hooks/useEngineChoice';

const LOCAL = '';

export function EngineControl({ state, disabled }: { state: EngineChoiceState; disabled: boolean }) {
  const { t } = useTranslation('servers');
  const { servers, engine } = state;
  if (servers.length === 0) return null;
  const value = engine?.kind === 'remote' && engine.serverId !== null ? engine.serverId : LOCAL;
  return (
    <>
      <label className="inline-flex min-h-6 items-center gap-2 font-medium">
        {t('engine.label')}
        <select
          data-testid="engine-select"
          value={value}
          disabled={disabled || engine === null}
          title={disabled ? t('engine.busy') : undefined}
          onChange={(event) => void state.setEngine(event.target.value === LOCAL ? null : event.target.value)}
          className={`h-7 max-w-48 rounded-md border border-field-line bg-white px-1.5 text-xs font-normal text-slate-900 disabled:opacity-60 dark:bg-slate-800 dark:text-slate-100 ${focusRing}`}
        >
          <option value={LOCAL}>{t('engine.local')}</option>
          {servers.map((server) => (
            <option key={server.id} value={server.id}>
              {server.name}
            </option>
          ))}
        </select>
      </label>
      {state.error !== null && (
        <span role="alert" className="text-red-700 dark:text-red-300">
          {state.error.message}
        </span>
      )}
    </>
  );
}
