// "Delete all my data": sends the command once the confirmation word was typed, then reloads the window so
// every view starts from the empty data (and the default language).
import { useCallback, useState } from 'react';
import { DELETE_ALL_CONFIRMATION } from '../../../../../preload/contract/features/app';
import type { MeaApi } from '../../../lib/api';
import { toUiError } from '../../../lib/errors';

export type DeleteAllState = { status: 'idle' } | { status: 'busy' } | { status: 'error'; message: string };

/** Whether what the user typed is the confirmation word (spaces around it and letter case do not matter). */
export function confirms(typed: string, word: string): boolean {
  return typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();
}

export function useDeleteAllData(
  api: MeaApi,
  afterDelete: () => void = () => window.location.reload(),
): { state: DeleteAllState; deleteAll: () => Promise<void>; reset: () => void } {
  const [state, setState] = useState<DeleteAllState>({ status: 'idle' });
  const deleteAll = useCallback(async () => {
    setState({ status: 'busy' });
    try {
      await api.deleteAllData(DELETE_ALL_CONFIRMATION);
      afterDelete();
    } catch (error) {
      setState({ status: 'error', message: toUiError(error).message });
    }
  }, [api, afterDelete]);
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, deleteAll, reset };
}
