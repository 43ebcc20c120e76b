// "Answers from": this computer or a server from Settings, for the open conversation (or the next new chat).
// Shown only once a server has been added: until then every answer comes from this computer.
import { focusRing } from '../../../components/ui/Button';
import { useTranslation } from '../../../i18n';
import { EngineOptions, engineOfOption, engineOptionValue } from '../../servers/components/EngineOptions';
import type { EngineChoiceState } from '../hooks/useEngineChoice';

export function EngineControl({ state, disabled }: { state: EngineChoiceState; disabled: boolean }) {
  const { t } = useTranslation('servers');
  const { servers, engine } = state;
  if (servers.length === 0) return null;
  const value = engineOptionValue(engine?.kind === 'remote' ? engine.serverId : null);
  return (
    <>
      <label className="inline-flex min-h-6 items-center gap-2 font-medium">
        {t('engine.label')}
        <select
          data-testid="engine-select"
          value={value}
          disabled={disabled || engine === null}
          title={disabled ? t('engine.busy') : undefined}
          onChange={(event) => void state.setEngine(engineOfOption(event.target.value))}
          className={`h-7 max-w-48 rounded-md border border-field-line bg-white px-1.5 text-xs font-normal text-slate-900 disabled:opacity-60 dark:bg-slate-800 dark:text-slate-100 ${focusRing}`}
        >
          <EngineOptions servers={servers} />
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
