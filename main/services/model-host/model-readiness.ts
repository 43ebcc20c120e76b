// Whether generate() can run now, may wait for an automatic crash recovery, or must fail (and why).
import { NoModelLoadedError } from './errors';
import type { HostState, HostStatus, HostStatusPublisher } from './host-status';

export interface ModelReadinessView {
  statusBoard: HostStatusPublisher;
  /** A model is loaded in the live host. */
  hasModel(): boolean;
  /** The user wants a model loaded, so a crash is followed by a reload. */
  wantsModel(): boolean;
}

/** Resolves once a model is ready; waits through an automatic crash recovery. */
export function whenModelReady(view: ModelReadinessView): Promise<void> {
  const { statusBoard } = view;
  const isReady = (state: HostState): boolean => (state === 'ready' || state === 'generating') && view.hasModel();
  if (isReady(statusBoard.current.state)) return Promise.resolve();
  const recovering = (state: HostState): boolean =>
    view.wantsModel() && (state === 'crashed' || state === 'starting' || state === 'loading');
  if (!recovering(statusBoard.current.state)) return Promise.reject(notReadyError(statusBoard.current));
  return new Promise<void>((resolve, reject) => {
    const unsubscribe = statusBoard.subscribe((status) => {
      if (isReady(status.state)) {
        unsubscribe();
        resolve();
      } else if (!recovering(status.state)) {
        unsubscribe();
        reject(notReadyError(statusBoard.current));
      }
    });
  });
}

function notReadyError({ state, lastError }: HostStatus): NoModelLoadedError {
  if (state === 'unavailable')
    return new NoModelLoadedError(`The model host is unavailable: ${lastError ?? 'repeated crashes'}.`);
  return new NoModelLoadedError(`No model is loaded${lastError ? ` (last error: ${lastError})` : ''}.`);
}
