// "Try again" after the model host was given up on: load the model again and say why if that fails.
import type { MeaApi } from '../../../lib/api';
import { toUiError } from '../../../lib/errors';

export interface ModelRetryState {
  busy: boolean;
  /** Why the last try failed (the status banner shows the host's own reason too). */
  error: string | null;
}

export const IDLE_RETRY: ModelRetryState = { busy: false, error: null };

/** Loads the configured model again; the outcome also arrives as model:status events. */
export async function retryModelLoad(
  api: Pick<MeaApi, 'loadModel'>,
  update: (state: ModelRetryState) => void,
): Promise<void> {
  update({ busy: true, error: null });
  try {
    await api.loadModel();
    update(IDLE_RETRY);
  } catch (error) {
    update({ busy: false, error: toUiError(error).message });
  }
}
