// The flashcards' toast pinned to the bottom of the window (portaled, so list transforms cannot move it).
import { createPortal } from 'react-dom';
import { Toast } from '../../../components/ui/Toast';
import { useTranslation } from '../../../i18n';
import type { UndoToast } from '../hooks/useUndoToast';

export interface FloatingToastProps {
  toast: UndoToast | null;
  testId: string;
  onDismiss: () => void;
}

export function FloatingToast({ toast, testId, onDismiss }: FloatingToastProps) {
  const { t } = useTranslation();
  if (toast === null) return null;
  const undo = toast.undo;
  return createPortal(
    <div data-testid={testId} className="fixed bottom-4 left-1/2 z-50 w-[min(28rem,90vw)] -translate-x-1/2">
      <Toast
        message={toast.message}
        onDismiss={onDismiss}
        {...(undo === undefined
          ? {}
          : {
              actionLabel: t('actions.undo'),
              actionTestId: `${testId}-undo`,
              onAction: () => {
                onDismiss();
                void undo();
              },
            })}
      />
    </div>,
    document.body,
  );
}
