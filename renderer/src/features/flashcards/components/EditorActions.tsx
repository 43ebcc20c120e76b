// The card editors' status line and Save/Delete buttons, shared by the text-card and note editors.
import { Button } from '../../../components/ui/Button';
import { useTranslation } from '../../../i18n';

export interface EditorActionsProps {
  message: string | null;
  busy: boolean;
  canSave: boolean;
  onSave: () => void;
  onDelete: () => void;
}

export function EditorActions({ message, busy, canSave, onSave, onDelete }: EditorActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {message !== null && (
        <p data-testid="editor-message" role="status" className="text-sm text-slate-600 dark:text-slate-300">
          {message}
        </p>
      )}
      <div className="flex gap-2">
        <Button variant="primary" data-testid="editor-save" disabled={busy || !canSave} onClick={onSave}>
          {t('actions.save')}
        </Button>
        <Button variant="danger" data-testid="editor-delete" disabled={busy} onClick={onDelete}>
          {t('actions.delete')}
        </Button>
      </div>
    </>
  );
}
