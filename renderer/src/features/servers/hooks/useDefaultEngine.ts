// Settings' "Answer new questions with" as main reports it (the engine status without a conversation): the engine
// that answers Compare, the quiz's questions and comments, Explain and Make cards from a topic. Read again when the
// servers change (renamed, removed: main then falls back to this computer) and on `refreshKey` (a view change,
// since Settings may have picked another default).
import { useEffect, useState } from 'react';
import type { EngineStatus } from '../../../../../preload/contract/features/servers';
import type { ModelStatus } from '../../../../../preload/contract/schemas';
import type { MeaApi } from '../../../lib/api';
import { hasLoadedModel } from '../../model/labels';
import { useServerList } from './useServerList';

/** null until main has answered (or when it could not: callers then go by this computer's model). */
export function useDefaultEngine(api: MeaApi, refreshKey?: unknown): EngineStatus | null {
  const { list } = useServerList(api);
  const [engine, setEngine] = useState<EngineStatus | null>(null);
  useEffect(() => {
    let current = true;
    api.getEngineStatus(null).then(
      (status) => current && setEngine(status),
      () => current && setEngine(null),
    );
    return () => {
      current = false;
    };
  }, [api, list, refreshKey]);
  return engine;
}

/** Whether the default engine can answer now: a server (main reports its failures), or this computer's loaded model. */
export function defaultEngineReady(engine: EngineStatus | null, status: ModelStatus | null): boolean {
  if (engine?.kind === 'remote') return true;
  return status !== null && hasLoadedModel(status.state);
}
