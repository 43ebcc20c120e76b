// Settings → Servers (optional): what a server is for and what it receives, the saved servers, and the form
// to add or edit one. Nothing here is on until the user adds a server.
import { useEffect, useRef, useState } from 'react';
import type { RemoteServerView } from '../../../../../preload/contract/features/servers';
import { useAnnounce } from '../../../components/a11y/Announcer';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Panel } from '../../../components/ui/Panel';
import { useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { useServerList } from '../hooks/useServerList';
import { DefaultEnginePicker } from './DefaultEnginePicker';
import { RemoveServerDialog } from './RemoveServerDialog';
import { ServerForm } from './ServerForm';
import { ServerItem } from './ServerItem';

const ADD_BUTTON_ID = 'server-add';

type Editing = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; id: string };

export function ServersSection() {
  const { t } = useTranslation('servers');
  const api = useApi();
  const announce = useAnnounce();
  const { list, error } = useServerList(api);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [removing, setRemoving] = useState<RemoteServerView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // After a form closes or a server is removed, focus goes somewhere that still exists: the saved server's
  // "Test connection" once the list shows it, else "Add a server".
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    const wanted = refocus.current;
    if (wanted === null) return;
    const target =
      wanted === 'add'
        ? document.getElementById(ADD_BUTTON_ID)
        : document.querySelector<HTMLElement>(`[data-focus-server="${wanted}"]`);
    if (target === null) return;
    refocus.current = null;
    target.focus();
  });

  const servers = list?.servers ?? [];
  const keyStorage = list?.keyStorage ?? { available: true, message: null };
  const editedServer = editing.kind === 'edit' ? (servers.find((server) => server.id === editing.id) ?? null) : null;

  const setRefocusTo = (target: string) => {
    refocus.current = target;
  };
  const say = (message: string) => {
    setNotice(message);
    announce(message);
  };
  // The add form and an edit form close the same way; only where focus returns on cancel differs.
  const onFormSaved = (saved: RemoteServerView) => {
    setEditing({ kind: 'none' });
    say(t('section.saved', { name: saved.name }));
    setRefocusTo(saved.id);
  };
  const closeFormFocusing = (target: string) => {
    setEditing({ kind: 'none' });
    setRefocusTo(target);
  };

  return (
    <Panel
      headingId="servers-heading"
      testId="servers-section"
      title={t('section.title')}
      description={t('section.description')}
    >
      <div className="flex flex-col gap-4">
        {error !== null && <ErrorBanner message={error.message} />}
        {notice !== null && (
          <p data-testid="servers-notice" className="text-sm text-emerald-700 dark:text-emerald-300">
            {notice}
          </p>
        )}
        {list !== null && servers.length === 0 && editing.kind !== 'add' && (
          <p data-testid="servers-empty" className="text-sm text-slate-700 dark:text-slate-300">
            {t('section.empty')}
          </p>
        )}
        {servers.length > 0 && (
          <ul aria-label={t('section.listLabel')} className="flex flex-col gap-3">
            {servers.map((server) =>
              editedServer?.id === server.id ? (
                <li key={server.id}>
                  <ServerForm
                    server={server}
                    keyStorage={keyStorage}
                    onSaved={onFormSaved}
                    onCancel={() => closeFormFocusing(server.id)}
                  />
                </li>
              ) : (
                <ServerItem
                  key={server.id}
                  server={server}
                  onEdit={() => {
                    setNotice(null);
                    setEditing({ kind: 'edit', id: server.id });
                  }}
                  onRemove={() => setRemoving(server)}
                />
              ),
            )}
          </ul>
        )}
        {servers.length > 0 && <DefaultEnginePicker servers={servers} />}
        {editing.kind === 'add' ? (
          <ServerForm
            server={null}
            keyStorage={keyStorage}
            onSaved={onFormSaved}
            onCancel={() => closeFormFocusing('add')}
          />
        ) : (
          <div>
            <Button
              id={ADD_BUTTON_ID}
              variant="secondary"
              data-testid="server-add"
              disabled={list === null}
              onClick={() => {
                setNotice(null);
                setEditing({ kind: 'add' });
              }}
            >
              {t('section.add')}
            </Button>
          </div>
        )}
      </div>
      {removing !== null && (
        <RemoveServerDialog
          server={removing}
          onClose={() => setRemoving(null)}
          onRemoved={(moved) => {
            const name = removing.name;
            setRemoving(null);
            if (editing.kind === 'edit' && editing.id === removing.id) setEditing({ kind: 'none' });
            say(moved === 0 ? t('section.removed', { name }) : t('section.removedMoved', { name, count: moved }));
            setRefocusTo('add');
          }}
        />
      )}
    </Panel>
  );
}
