// The options of an engine <select>: this computer first, then each server from Settings by name. The chat's
// "Answers from" and Settings' "Answer new questions with" list the same choices, so they read and write the
// select's value through the two helpers below.
import type { RemoteServerView } from '../../../../../preload/contract/features/servers';
import { useTranslation } from '../../../i18n';

// A server's option value is its id; ids are never empty, so '' can stand for this computer.
const LOCAL = '';

/** The select's value for an engine: a server id, or null for this computer. */
export const engineOptionValue = (serverId: string | null): string => serverId ?? LOCAL;

/** The engine a picked option names: a server id, or null for this computer. */
export const engineOfOption = (value: string): string | null => (value === LOCAL ? null : value);

export function EngineOptions({ servers }: { servers: readonly RemoteServerView[] }) {
  const { t } = useTranslation('servers');
  return (
    <>
      <option value={LOCAL}>{t('engine.local')}</option>
      {servers.map((server) => (
        <option key={server.id} value={server.id}>
          {server.name}
        </option>
      ))}
    </>
  );
}
