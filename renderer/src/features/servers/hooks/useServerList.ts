// The servers from Settings and whether API keys can be stored, kept current through main's servers:changed.
import { useEffect, useState } from 'react';
import type { ServerList } from '../../../../../preload/contract/features/servers';
import type { MeaApi } from '../../../lib/api';
import { toUiError, type UiError } from '../../../lib/errors';

export interface ServerListState {
  /** null until main has answered. */
  list: ServerList | null;
  error: UiError | null;
}

export function useServerList(api: MeaApi): ServerListState {
  const [list, setList] = useState<ServerList | null>(null);
  const [error, setError] = useState<UiError | null>(null);

  useEffect(() => {
    let current = true;
    // An event is newer than the first read, so a read that arrives after one is dropped.
    let changed = false;
    const unsubscribe = api.onServersChanged((next) => {
      changed = true;
      setList(next);
    });
    api.listServers().then(
      (first) => {
        if (current && !changed) setList(first);
      },
      (err: unknown) => current && setError(toUiError(err)),
    );
    return () => {
      current = false;
      unsubscribe();
    };
  }, [api]);

  return { list, error };
}
