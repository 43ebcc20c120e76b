// Import flow for Settings: pick a file or folder, import it (main checks or converts it), then load it.
import { useCallback, useEffect, useState } from 'react';
import type { ImportResult, LibraryEntry } from '../../../../../preload/contract/features/library';
import type { ModelStatus, Settings } from '../../../../../preload/contract/schemas';
import { useTranslation } from '../../../i18n';
import type { MeaApi } from '../../../lib/api';
import { toUiError } from '../../../lib/errors';

export type ImportAction = 'model' | 'lora' | 'peft';

export interface ModelImport {
  busy: ImportAction | null;
  /** One message per action, shown next to the button that caused it. */
  errors: Partial<Record<ImportAction, string>>;
  notice: string | null;
  /** Things to know after the last import: conversion warnings, an adapter that was turned off. */
  notes: string[];
  copy: boolean;
  entries: LibraryEntry[];
  setCopy(copy: boolean): void;
  run(action: ImportAction): Promise<void>;
}

export interface ModelImportCallbacks {
  /** The import changed the current files in settings. */
  onImported: (settings: Settings) => void;
  onModelStatus: (status: ModelStatus) => void;
}

export function useModelImport(api: MeaApi, { onImported, onModelStatus }: ModelImportCallbacks): ModelImport {
  const { t } = useTranslation('settings');
  const [busy, setBusy] = useState<ImportAction | null>(null);
  const [errors, setErrors] = useState<Partial<Record<ImportAction, string>>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [copy, setCopy] = useState(false);
  const [entries, setEntries] = useState<LibraryEntry[]>([]);

  const refreshList = useCallback(async () => {
    try {
      setEntries(await api.listLibrary());
    } catch {
      // The list is informational; an import error is reported where it happens.
    }
  }, [api]);

  useEffect(() => {
    void refreshList();
  }, [refreshList]);

  const run = useCallback(
    async (action: ImportAction) => {
      setBusy(action);
      setErrors((e) => ({ ...e, [action]: undefined }));
      setNotice(null);
      try {
        const { path } = await api.pickFile(action === 'peft' ? 'peftFolder' : action);
        if (path === null) return;
        let result: ImportResult;
        try {
          result =
            action === 'peft'
              ? await api.importPeftFolder(path)
              : await api.importModelFile({ kind: action, path, copy });
        } catch (err) {
          setErrors((e) => ({ ...e, [action]: toUiError(err).message }));
          return;
        }
        onImported(result.settings);
        setNotes(result.notices);
        void refreshList();
        setNotice(t('import.loading', { name: result.entry.name }));
        try {
          const status = await api.loadModel();
          onModelStatus(status);
          setNotice(t(`import.inUse.${action}`, { name: result.entry.name }));
        } catch (err) {
          setNotice(null);
          setErrors((e) => ({ ...e, [action]: t('import.loadFailed', { reason: toUiError(err).message }) }));
        }
      } catch (err) {
        setErrors((e) => ({ ...e, [action]: toUiError(err).message }));
      } finally {
        setBusy(null);
      }
    },
    [api, copy, onImported, onModelStatus, refreshList, t],
  );

  return { busy, errors, notice, notes, copy, entries, setCopy, run };
}
