// Settings screen logic: load, edit, browse for files, save, and load the model.
import { useCallback, useEffect, useState } from 'react';
import type { ModelStatus, Settings } from '../../../../../preload/contract/schemas';
import { useTranslation } from '../../../i18n';
import type { MeaApi } from '../../../lib/api';
import { toUiError, type UiError } from '../../../lib/errors';
import { draftToPatch, isDirty, toDraft, type DraftErrors, type SettingsDraft } from '../state/settingsDraft';

export type SettingsBusy = 'saving' | 'loading-model' | 'browsing' | null;

/** What went well, as a key the view words (settings catalog, `view`). */
export type SettingsNotice = 'saved' | 'modelLoaded';

export interface SettingsForm {
  draft: SettingsDraft | null;
  errors: DraftErrors;
  dirty: boolean;
  busy: SettingsBusy;
  error: UiError | null;
  notice: SettingsNotice | null;
  /** The saved threads setting is 'auto' (so the count can be measured again). */
  savedThreadsAuto: boolean;
  update<K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]): void;
  browse(kind: 'model' | 'lora'): Promise<void>;
  save(): Promise<boolean>;
  loadModel(): Promise<void>;
  clearError(): void;
  /** Settings saved elsewhere (an import) changed the files: show them, keeping other unsaved edits. */
  adoptPaths(settings: Settings): void;
}

export function useSettingsForm(api: MeaApi, onModelStatus: (status: ModelStatus) => void): SettingsForm {
  const { t } = useTranslation('settings');
  const [saved, setSaved] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [busy, setBusy] = useState<SettingsBusy>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [notice, setNotice] = useState<SettingsNotice | null>(null);

  useEffect(() => {
    let current = true;
    api.getSettings().then(
      (settings) => {
        if (!current) return;
        setSaved(settings);
        setDraft(toDraft(settings));
      },
      (err: unknown) => current && setError(toUiError(err)),
    );
    return () => {
      current = false;
    };
  }, [api]);

  const update = useCallback(<K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => {
    setDraft((d) => (d === null ? d : { ...d, [key]: value }));
    setErrors((e) => (e[key] === undefined ? e : { ...e, [key]: undefined }));
    setNotice(null);
  }, []);

  const browse = useCallback(
    async (kind: 'model' | 'lora') => {
      setBusy('browsing');
      try {
        const { path } = await api.pickFile(kind);
        if (path !== null) update(kind === 'model' ? 'modelPath' : 'loraPath', path);
      } catch (err) {
        setError(toUiError(err));
      } finally {
        setBusy(null);
      }
    },
    [api, update],
  );

  const save = useCallback(async (): Promise<boolean> => {
    if (draft === null) return false;
    const result = draftToPatch(draft);
    if (!result.ok) {
      setErrors(result.errors);
      setError({ message: t('view.fixFields'), code: 'invalid_payload' });
      return false;
    }
    setBusy('saving');
    setError(null);
    try {
      const settings = await api.updateSettings(result.patch);
      setSaved(settings);
      setDraft(toDraft(settings));
      setErrors({});
      setNotice('saved');
      return true;
    } catch (err) {
      setError(toUiError(err));
      return false;
    } finally {
      setBusy(null);
    }
  }, [api, draft, t]);

  const dirty = draft !== null && saved !== null && isDirty(draft, saved);

  const loadModel = useCallback(async () => {
    // Load what the form shows: unsaved edits are saved first.
    if (dirty && !(await save())) return;
    setBusy('loading-model');
    setError(null);
    setNotice(null);
    try {
      const status = await api.loadModel();
      onModelStatus(status);
      if (status.state === 'ready' || status.state === 'generating') setNotice('modelLoaded');
      else if (status.modelInfo === null && status.state !== 'loading' && status.message !== null) {
        setError({ message: status.message, code: null }); // it did not load, and main says why
      }
    } catch (err) {
      setError(toUiError(err));
    } finally {
      setBusy(null);
    }
  }, [api, dirty, save, onModelStatus]);

  const clearError = useCallback(() => setError(null), []);

  const adoptPaths = useCallback((settings: Settings) => {
    setSaved(settings);
    setDraft((d) =>
      d === null ? toDraft(settings) : { ...d, modelPath: settings.modelPath ?? '', loraPath: settings.loraPath ?? '' },
    );
    setErrors((e) => ({ ...e, modelPath: undefined, loraPath: undefined }));
  }, []);

  const savedThreadsAuto = saved?.threads === 'auto';
  return {
    draft,
    errors,
    dirty,
    busy,
    error,
    notice,
    savedThreadsAuto,
    update,
    browse,
    save,
    loadModel,
    clearError,
    adoptPaths,
  };
}
