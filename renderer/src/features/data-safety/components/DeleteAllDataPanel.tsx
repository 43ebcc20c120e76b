// Settings panel "Delete all my data": a dialog that says what goes and what stays, offers an export first,
// and deletes only after the confirmation word is typed.
import { useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { Field, inputClass } from '../../../components/ui/Field';
import { Modal, ModalClose } from '../../../components/ui/Modal';
import { Panel } from '../../../components/ui/Panel';
import { useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { useDataExport } from '../hooks/useDataExport';
import { confirms, useDeleteAllData } from '../hooks/useDeleteAllData';

export function DeleteAllDataPanel() {
  const { t } = useTranslation('dataSafety');
  const [open, setOpen] = useState(false);
  return (
    <Panel headingId="delete-all-heading" tone="danger" title={t('deleteAll.title')} description={t('deleteAll.intro')}>
      <Button variant="danger" data-testid="delete-all-data" onClick={() => setOpen(true)}>
        {t('deleteAll.open')}
      </Button>
      {open && <DeleteAllDialog onClose={() => setOpen(false)} />}
    </Panel>
  );
}

function DeleteAllDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const { t } = useTranslation('dataSafety');
  const [typed, setTyped] = useState('');
  const { state, deleteAll } = useDeleteAllData(api);
  const exporter = useDataExport(api);
  const word = t('deleteAll.word');
  const busy = state.status === 'busy';
  return (
    <Modal
      title={t('deleteAll.dialogTitle')}
      description={t('deleteAll.dialogDescription')}
      testId="delete-all-dialog"
      onClose={() => {
        if (!busy) onClose();
      }}
    >
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800 dark:text-slate-200">
        <li>{t('deleteAll.goes')}</li>
        <li>{t('deleteAll.stays')}</li>
      </ul>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          data-testid="delete-all-export-first"
          disabled={busy || exporter.state.status === 'busy'}
          onClick={() => void exporter.exportAll()}
        >
          {exporter.state.status === 'busy' ? t('export.exporting') : t('deleteAll.exportFirst')}
        </Button>
        {exporter.state.status === 'done' && (
          <span role="status" className="text-sm break-words text-emerald-700 dark:text-emerald-300">
            {t('deleteAll.exported', { path: exporter.state.receipt.path })}
          </span>
        )}
        {exporter.state.status === 'error' && (
          <span role="alert" className="text-sm break-words text-red-700 dark:text-red-300">
            {exporter.state.message}
          </span>
        )}
      </div>
      <Field id="delete-all-confirm" label={t('deleteAll.typeToConfirm', { word })}>
        <input
          id="delete-all-confirm"
          data-testid="delete-all-confirm"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          disabled={busy}
          onChange={(event) => setTyped(event.target.value)}
          className={inputClass}
        />
      </Field>
      {state.status === 'error' && (
        <p role="alert" data-testid="delete-all-error" className="text-sm break-words text-red-700 dark:text-red-300">
          {state.message}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <ModalClose asChild>
          <Button disabled={busy}>{t('actions.cancel', { ns: 'common' })}</Button>
        </ModalClose>
        <Button
          variant="danger"
          data-testid="delete-all-confirm-button"
          disabled={busy || !confirms(typed, word)}
          onClick={() => void deleteAll()}
        >
          {busy ? t('deleteAll.deleting') : t('deleteAll.confirm')}
        </Button>
      </div>
    </Modal>
  );
}
