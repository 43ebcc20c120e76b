// "Remove this server?": its conversations are answered on this computer again and its saved key is deleted.
import { useState } from 'react';
import type { RemoteServerView } from '../../../../../preload/contract/features/servers';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Modal, ModalClose } from '../../../components/ui/Modal';
import { useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { toUiError, type UiError } from '../../../lib/errors';

export interface RemoveServerDialogProps {
  server: RemoteServerView;
  onRemoved: (movedConversations: number) => void;
  onClose: () => void;
}

export function RemoveServerDialog({ server, onRemoved, onClose }: RemoveServerDialogProps) {
  const { t } = useTranslation('servers');
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      const { movedConversationIds } = await api.removeServer(server.id);
      onRemoved(movedConversationIds.length);
    } catch (err) {
      setError(toUiError(err));
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('remove.title', { name: server.name })}
      description={t('remove.description')}
      onClose={onClose}
      width="max-w-lg"
      testId="remove-server-dialog"
    >
      {error !== null && <ErrorBanner message={error.message} />}
      <div className="flex flex-wrap justify-end gap-2">
        <ModalClose asChild>
          <Button variant="secondary" data-testid="remove-server-cancel">
            {t('actions.cancel', { ns: 'common' })}
          </Button>
        </ModalClose>
        <Button variant="danger" data-testid="remove-server-confirm" disabled={busy} onClick={() => void remove()}>
          {t('remove.confirm')}
        </Button>
      </div>
    </Modal>
  );
}
