// Adding or editing one server: name, address (with the local-network mark), software, model, how the
// adapter is chosen, and the API key. Saving checks the fields here, then main checks the address.
import { useEffect, useId, useState } from 'react';
import type { RemoteServerView, ServerList } from '../../../../../preload/contract/features/servers';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field, inputClass } from '../../../components/ui/Field';
import { TermTip } from '../../../components/ui/TermTip';
import { TextField } from '../../../components/ui/TextField';
import { useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { toUiError, type UiError } from '../../../lib/errors';
import { CheckboxField } from '../../settings/components/CheckboxField';
import {
  adapterModesFor,
  checkDraft,
  draftOf,
  NEW_SERVER,
  SOFTWARE,
  withSoftware,
  type DraftErrors,
  type DraftField,
  type ServerDraft,
} from '../state/serverDraft';

export interface ServerFormProps {
  /** The server being edited; null adds a new one. */
  server: RemoteServerView | null;
  keyStorage: ServerList['keyStorage'];
  onSaved: (server: RemoteServerView) => void;
  onCancel: () => void;
}

/** Input ids, in page order, for moving focus to the first field that needs fixing. */
const FIELD_IDS: ReadonlyArray<[DraftField, string]> = [
  ['name', 'server-name'],
  ['baseUrl', 'server-url'],
  ['model', 'server-model'],
  ['adapterId', 'server-adapter-id'],
  ['adapterModel', 'server-adapter-model'],
  ['apiKey', 'server-api-key'],
];

/** The draft keys shown as TextFields (each is also a DraftField with its own message). */
type TextKey = 'name' | 'baseUrl' | 'model' | 'adapterModel' | 'apiKey';

export function ServerForm({ server, keyStorage, onSaved, onCancel }: ServerFormProps) {
  const { t } = useTranslation('servers');
  const api = useApi();
  const headingId = useId();
  const [draft, setDraft] = useState<ServerDraft>(() => (server === null ? NEW_SERVER : draftOf(server)));
  const [errors, setErrors] = useState<DraftErrors>({});
  /** Main's word on the address (https required…), shown at the address field. */
  const [addressError, setAddressError] = useState<string | null>(null);
  const [keyError, setKeyError] = useState<string | null>(null);
  const [failure, setFailure] = useState<UiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  const editing = server !== null;

  const update = <K extends keyof ServerDraft>(key: K, value: ServerDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    if (key === 'baseUrl' || key === 'allowLocalNetwork') setAddressError(null);
    if (key === 'apiKey' || key === 'removeKey') setKeyError(null);
  };

  // After a failed save, take the user to the first field that needs fixing.
  useEffect(() => {
    if (focusTick === 0) return;
    const first = FIELD_IDS.find(
      ([key]) =>
        errors[key] !== undefined ||
        (key === 'baseUrl' && addressError !== null) ||
        (key === 'apiKey' && keyError !== null),
    );
    if (first !== undefined) document.getElementById(first[1])?.focus();
  }, [focusTick, errors, addressError, keyError]);

  const save = async () => {
    const checked = checkDraft(draft, editing);
    setFailure(null);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFocusTick((n) => n + 1);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved =
        server === null
          ? await api.addServer(checked.settings, checked.apiKey)
          : await api.updateServer(server.id, checked.settings, checked.apiKey);
      onSaved(saved);
    } catch (err) {
      const error = toUiError(err);
      // The fields are checked above, so what main still refuses is the address; a key it cannot protect
      // is refused as forbidden.
      if (error.code === 'invalid_payload') setAddressError(error.message);
      else if (error.code === 'forbidden') setKeyError(error.message);
      else setFailure(error);
      setFocusTick((n) => n + 1);
    } finally {
      setSaving(false);
    }
  };

  const fieldError = (field: DraftField) => {
    const error = errors[field];
    return error === undefined ? undefined : t(`form.errors.${error}`);
  };
  /** A text field's value, message and change handler; mainError (what main refused on save) shows if ours is absent. */
  const bind = (key: TextKey, mainError: string | null = null) => ({
    value: draft[key],
    error: fieldError(key) ?? mainError ?? undefined,
    onChange: (value: string) => update(key, value),
  });
  const modes = adapterModesFor(draft.software);
  const keyHint = !keyStorage.available
    ? t('form.apiKeyUnavailable')
    : editing && server.hasApiKey
      ? t('form.apiKeySavedHint')
      : t('form.apiKeyHint');

  return (
    <form
      aria-labelledby={headingId}
      data-testid="server-form"
      noValidate
      className="flex flex-col gap-4 rounded-xl border border-slate-200 p-4 dark:border-slate-700"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h4 id={headingId} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
        {editing ? t('form.editTitle', { name: server.name }) : t('form.addTitle')}
      </h4>
      {failure !== null && <ErrorBanner message={failure.message} onDismiss={() => setFailure(null)} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="server-name" label={t('form.name')} hint={t('form.nameHint')} maxLength={80} {...bind('name')} />
        <TextField
          id="server-url"
          label={t('form.url')}
          hint={t('form.urlHint')}
          tip={<TermTip term="https" />}
          type="url"
          inputMode="url"
          maxLength={2048}
          spellCheck={false}
          placeholder={t('form.urlPlaceholder')}
          {...bind('baseUrl', addressError)}
        />
      </div>
      <CheckboxField
        id="server-local-network"
        label={t('form.localNetwork')}
        hint={t('form.localNetworkHint')}
        checked={draft.allowLocalNetwork}
        onChange={(value) => update('allowLocalNetwork', value)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="server-software" label={t('form.software')} hint={t('form.softwareHint')}>
          <select
            id="server-software"
            data-testid="server-software"
            value={draft.software}
            onChange={(event) => {
              const software = SOFTWARE.find((value) => value === event.target.value);
              if (software !== undefined) setDraft((current) => withSoftware(current, software));
            }}
            className={inputClass}
          >
            {SOFTWARE.map((software) => (
              <option key={software} value={software}>
                {t(`software.${software}`)}
              </option>
            ))}
          </select>
        </Field>
        <TextField
          id="server-model"
          label={draft.adapterMode === 'model-name' ? t('form.modelRequiredLabel') : t('form.model')}
          hint={t('form.modelHint')}
          maxLength={256}
          spellCheck={false}
          {...bind('model')}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="server-adapter-mode"
          label={t('form.adapterMode')}
          hint={t(`form.adapterHints.${draft.adapterMode}`)}
          tip={<TermTip term="lora" />}
        >
          <select
            id="server-adapter-mode"
            data-testid="server-adapter-mode"
            value={draft.adapterMode}
            onChange={(event) => {
              const mode = modes.find((value) => value === event.target.value);
              if (mode !== undefined) update('adapterMode', mode);
            }}
            className={inputClass}
          >
            {modes.map((mode) => (
              <option key={mode} value={mode}>
                {t(`form.adapterModes.${mode}`)}
              </option>
            ))}
          </select>
        </Field>
        {draft.adapterMode === 'llama-server-lora' && (
          <Field
            id="server-adapter-id"
            label={t('form.adapterId')}
            hint={t('form.adapterIdHint')}
            error={fieldError('adapterId')}
          >
            <input
              id="server-adapter-id"
              data-testid="server-adapter-id"
              type="number"
              inputMode="numeric"
              min={0}
              max={1000}
              step={1}
              value={draft.adapterId}
              onChange={(event) => update('adapterId', event.target.value)}
              className={inputClass}
            />
          </Field>
        )}
        {draft.adapterMode === 'model-name' && (
          <TextField
            id="server-adapter-model"
            label={t('form.adapterModel')}
            hint={t('form.adapterModelHint')}
            maxLength={256}
            spellCheck={false}
            {...bind('adapterModel')}
          />
        )}
      </div>
      <TextField
        id="server-api-key"
        label={t('form.apiKey')}
        hint={keyHint}
        tip={<TermTip term="apiKey" />}
        type="password"
        maxLength={4096}
        spellCheck={false}
        disabled={!keyStorage.available || draft.removeKey}
        placeholder={editing && server.hasApiKey ? t('form.apiKeySavedPlaceholder') : undefined}
        {...bind('apiKey', keyError)}
      />
      {editing && server.hasApiKey && (
        <CheckboxField
          id="server-remove-key"
          label={t('form.removeKey')}
          hint={t('form.removeKeyHint')}
          checked={draft.removeKey}
          onChange={(value) => update('removeKey', value)}
        />
      )}
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" data-testid="server-cancel" onClick={onCancel} disabled={saving}>
          {t('actions.cancel', { ns: 'common' })}
        </Button>
        <Button type="submit" variant="primary" data-testid="server-save" disabled={saving}>
          {saving ? t('states.saving', { ns: 'common' }) : t('form.save')}
        </Button>
      </div>
    </form>
  );
}
