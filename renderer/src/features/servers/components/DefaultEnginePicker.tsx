// "Answer new questions with": this computer or a saved server, for what no conversation chooses itself (new
// chats, Compare, Review's quiz and Explain). Saved the moment it is picked, like the interface language.
import { useEffect, useState } from 'react';
import type { RemoteServerView } from '../../../../../preload/contract/features/servers';
import { Field, inputClass } from '../../../components/ui/Field';
import { useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { toUiError, type UiError } from '../../../lib/errors';
import { EngineOptions, engineOfOption, engineOptionValue } from './EngineOptions';

export function DefaultEnginePicker({ servers }: { servers: readonly RemoteServerView[] }) {
  const { t } = useTranslation('servers');
  const api = useApi();
  // undefined until read; null = this computer.
  const [value, setValue] = useState<string | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);

  // Read again when the servers change: removing the default server makes this computer the default.
  useEffect(() => {
    let current = true;
    api.getSettings().then(
      (settings) => current && setValue(settings.defaultEngine),
      (err: unknown) => current && setError(toUiError(err)),
    );
    return () => {
      current = false;
    };
  }, [api, servers]);

  const choose = async (next: string | null) => {
    setBusy(true);
    setError(null);
    try {
      setValue((await api.updateSettings({ defaultEngine: next })).defaultEngine);
    } catch (err) {
      setError(toUiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Field
      id="servers-default-engine"
      label={t('defaultEngine.label')}
      hint={t('defaultEngine.hint')}
      error={error === null ? undefined : error.message}
    >
      <select
        id="servers-default-engine"
        data-testid="servers-default-engine"
        value={engineOptionValue(value ?? null)}
        disabled={busy || value === undefined}
        onChange={(event) => void choose(engineOfOption(event.target.value))}
        className={inputClass}
      >
        <EngineOptions servers={servers} />
      </select>
    </Field>
  );
}
