// The first-run setup job (model + adapter downloaded, verified, converted and loaded as one): its live
// status from main, and start (also Retry and Resume) and pause.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SetupStatus } from '../../../../../preload/contract/features/downloads';
import type { MeaApi } from '../../../lib/api';
import { toUiError, type UiError } from '../../../lib/errors';

export interface FirstRunSetupState {
  status: SetupStatus | null;
  error: UiError | null;
  clearError(): void;
  busy: boolean;
  start(modelEntryId: string, adapterEntryId: string | null): Promise<void>;
  pause(): Promise<void>;
}

export function useFirstRunSetup(api: MeaApi): FirstRunSetupState {
  const [status, setStatus] = useState<SetupStatus | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [busy, setBusy] = useState(false);
  // Events counted, so an answer to a request never replaces a status that arrived after it was sent.
  const eventCount = useRef(0);

  useEffect(() => {
    let live = true;
    const off = api.onSetupProgress((next) => {
      eventCount.current += 1;
      setStatus(next);
    });
    const sentAt = eventCount.current;
    api.getSetupStatus().then(
      (current) => {
        if (live && eventCount.current === sentAt) setStatus(current);
      },
      (cause: unknown) => live && setError(toUiError(cause)),
    );
    return () => {
      live = false;
      off();
    };
  }, [api]);

  const run = useCallback(async (action: () => Promise<SetupStatus>) => {
    setBusy(true);
    setError(null);
    const sentAt = eventCount.current;
    try {
      const answer = await action();
      if (eventCount.current === sentAt) setStatus(answer);
    } catch (cause) {
      setError(toUiError(cause));
    } finally {
      setBusy(false);
    }
  }, []);

  return {
    status,
    error,
    clearError: () => setError(null),
    busy,
    start: (modelEntryId, adapterEntryId) => run(() => api.startSetup(modelEntryId, adapterEntryId)),
    pause: () => run(() => api.pauseSetup()),
  };
}
