// Which engine answers the open conversation: this computer or a server from Settings. A new chat keeps a
// choice made here (for every new chat, until changed) and sends it with its first question; without one, main
// answers it with Settings' default engine, which the header shows (main's engine status without a conversation,
// as Compare and the quiz read it). An open conversation saves a change at once. Main's servers:changed (a
// server renamed or removed) reads the engine again.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { EngineStatus, RemoteServerView } from '../../../../../preload/contract/features/servers';
import type { MeaApi } from '../../../lib/api';
import { toUiError, type UiError } from '../../../lib/errors';
import { useServerList } from '../../servers/hooks/useServerList';

export interface EngineChoiceState {
  /** The servers from Settings ([] until read, or when none was added). */
  servers: readonly RemoteServerView[];
  /** The engine of the open conversation, or of the next new chat; null while it is being read. */
  engine: EngineStatus | null;
  /** What a new chat's first question is sent with: a server id, null for this computer, undefined for main's default. */
  newChatEngine: string | null | undefined;
  error: UiError | null;
  /** null = this computer. */
  setEngine(serverId: string | null): Promise<void>;
}

/** What the header and the controls show for a server chosen for a new chat (no conversation to ask about yet). */
export function statusOfServer(server: RemoteServerView): EngineStatus {
  const { adapter } = server;
  return {
    kind: 'remote',
    serverId: server.id,
    name: server.name,
    address: server.baseUrl,
    modelName: server.model,
    adapter:
      adapter.mode === 'llama-server-lora'
        ? { mode: adapter.mode, name: `--lora #${adapter.id}`, scalable: true }
        : adapter.mode === 'model-name'
          ? { mode: adapter.mode, name: adapter.model, scalable: false }
          : { mode: 'none', name: null, scalable: false },
  };
}

/** A new chat the user set to this computer (what the header and controls need of it: not a server). */
const THIS_COMPUTER: EngineStatus = {
  kind: 'local',
  serverId: null,
  name: '',
  address: null,
  modelName: null,
  adapter: { mode: 'none', name: null, scalable: false },
};

/** `refreshKey`: a change reads the engine again (the chat coming back into view after Settings). */
export function useEngineChoice(api: MeaApi, conversationId: number | null, refreshKey?: unknown): EngineChoiceState {
  const { list } = useServerList(api);
  const servers = useMemo(() => list?.servers ?? [], [list]);
  // The new chat's choice: undefined = none made (main's default), null = this computer, else a server id.
  const [draft, setDraft] = useState<string | null | undefined>(undefined);
  const [read, setRead] = useState<{ id: number | null; status: EngineStatus } | null>(null);
  const [failure, setFailure] = useState<{ id: number | null; error: UiError } | null>(null);
  const [tick, setTick] = useState(0);

  // A server removed since it was picked for the new chat counts as no choice.
  const newChatServer = typeof draft === 'string' ? (servers.find((server) => server.id === draft) ?? null) : null;
  const newChatEngine = draft === null ? null : (newChatServer?.id ?? undefined);

  // Read again on another conversation, after a change, whenever the servers change, and on refreshKey. Without a
  // conversation main answers with Settings' "Answer new questions with": what a new chat without a choice gets.
  useEffect(() => {
    let current = true;
    api.getEngineStatus(conversationId).then(
      (status) => current && setRead({ id: conversationId, status }),
      (err: unknown) => current && setFailure({ id: conversationId, error: toUiError(err) }),
    );
    return () => {
      current = false;
    };
  }, [api, conversationId, list, tick, refreshKey]);

  // A choice made for the new chat; memoized: the header is told of every new object.
  const chosen = useMemo(() => {
    if (conversationId !== null) return null;
    if (newChatServer !== null) return statusOfServer(newChatServer);
    return draft === null ? THIS_COMPUTER : null;
  }, [conversationId, newChatServer, draft]);
  const engine = chosen ?? (read !== null && read.id === conversationId ? read.status : null);

  const setEngine = useCallback(
    async (serverId: string | null) => {
      setFailure(null);
      if (conversationId === null) {
        setDraft(serverId);
        return;
      }
      try {
        await api.setConversationEngine(conversationId, serverId);
      } catch (err) {
        setFailure({ id: conversationId, error: toUiError(err) });
      }
      setTick((n) => n + 1);
    },
    [api, conversationId],
  );

  const error = failure !== null && failure.id === conversationId ? failure.error : null;
  return { servers, engine, newChatEngine, error, setEngine };
}
