// The model catalog with live download progress, and the actions of the setup screen.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DownloadProgress, ModelCatalogView } from '../../../../../preload/contract/features/downloads';
import type { ModelStatus } from '../../../../../preload/contract/schemas';
import type { MeaApi } from '../../../lib/api';
import { toUiError, type UiError } from '../../../lib/errors';
import { applyProgress } from '../state/downloads';

export interface ModelCatalogState {
  catalog: ModelCatalogView | null;
  error: UiError | null;
  clearError(): void;
  /** Entry ids with a request in flight (buttons are disabled meanwhile). */
  busy: ReadonlySet<string>;
  start(entryId: string): Promise<void>;
  pause(entryId: string): Promise<void>;
  resume(entryId: string): Promise<void>;
  cancel(entryId: string): Promise<void>;
  use(entryId: string): Promise<ModelStatus | null>;
  setAdapterSource(url: string | null): Promise<boolean>;
  /** Reads the catalog again (e.g. after the setup changed which files are in use). */
  refresh(): Promise<void>;
}

interface EventTracker {
  seq: number;
  latest: Map<string, { seq: number; progress: DownloadProgress }>;
}

/** A fetched catalog with the progress events that arrived after it was requested laid on top. */
function withNewerEvents(fresh: ModelCatalogView, tracker: EventTracker, issuedAt: number): ModelCatalogView {
  let merged = fresh;
  for (const { seq, progress } of tracker.latest.values()) {
    if (seq > issuedAt) merged = applyProgress(merged, progress);
  }
  return merged;
}

/** States after which free space, "in use" and installed paths may have changed. */
const SETTLED: ReadonlySet<DownloadProgress['state']> = new Set(['installed', 'not-installed', 'failed', 'paused']);

export function useModelCatalog(api: MeaApi): ModelCatalogState {
  const [catalog, setCatalog] = useState<ModelCatalogView | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  // Events newer than a catalog request win over its (older) answer.
  const events = useRef<EventTracker>({ seq: 0, latest: new Map() });

  const refresh = useCallback(async () => {
    const issuedAt = events.current.seq;
    const fresh = await api.getModelCatalog();
    setCatalog(withNewerEvents(fresh, events.current, issuedAt));
  }, [api]);

  useEffect(() => {
    let live = true;
    const off = api.onDownloadProgress((progress) => {
      const tracker = events.current;
      tracker.seq += 1;
      tracker.latest.set(progress.entryId, { seq: tracker.seq, progress });
      setCatalog((current) => (current ? applyProgress(current, progress) : current));
      if (SETTLED.has(progress.state)) void refresh().catch(() => undefined);
    });
    const issuedAt = events.current.seq;
    api.getModelCatalog().then(
      (fresh) => {
        if (live) setCatalog(withNewerEvents(fresh, events.current, issuedAt));
      },
      (cause: unknown) => {
        if (live) setError(toUiError(cause));
      },
    );
    return () => {
      live = false;
      off();
    };
  }, [api, refresh]);

  const run = useCallback(async <T>(entryId: string, action: () => Promise<T>): Promise<T | null> => {
    setBusy((current) => new Set(current).add(entryId));
    setError(null);
    try {
      return await action();
    } catch (cause) {
      setError(toUiError(cause));
      return null;
    } finally {
      setBusy((current) => {
        const next = new Set(current);
        next.delete(entryId);
        return next;
      });
    }
  }, []);

  const withProgress = useCallback(
    (call: (entryId: string) => Promise<DownloadProgress>) => async (entryId: string) => {
      const progress = await run(entryId, () => call(entryId));
      if (progress) setCatalog((current) => (current ? applyProgress(current, progress) : current));
    },
    [run],
  );

  return {
    catalog,
    refresh,
    error,
    clearError: () => setError(null),
    busy,
    start: withProgress((id) => api.startDownload(id)),
    pause: withProgress((id) => api.pauseDownload(id)),
    resume: withProgress((id) => api.resumeDownload(id)),
    cancel: withProgress((id) => api.cancelDownload(id)),
    use: async (entryId) => {
      const status = await run(entryId, () => api.useCatalogEntry(entryId));
      await refresh().catch(() => undefined);
      return status;
    },
    setAdapterSource: async (url) => {
      const updated = await run('adapter-source', () => api.setAdapterSource(url));
      if (updated) setCatalog(updated);
      return updated !== null;
    },
  };
}
