// The keyboard help for the whole app: "?" (outside text fields) or the header's keyboard button opens a
// dialog listing every shortcut, read from the app's one shortcut list.
import { Fragment, useEffect, useId, useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { IconButton } from '../../../components/ui/IconButton';
import { KeyboardIcon } from '../../../components/ui/icons';
import { KeyCombo } from '../../../components/ui/KeyCombo';
import { isModalOpen, Modal, ModalClose } from '../../../components/ui/Modal';
import { SHORTCUT_GROUPS } from '../../../lib/shortcut-list';
import { isHelpKey } from '../state/helpKey';

/** Every group of the shared shortcut list, keys and what they do. */
export function ShortcutList() {
  const id = useId();
  return (
    <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group.scope} aria-labelledby={`${id}-${group.scope}`} data-testid="keyboard-help-group">
          <h3 id={`${id}-${group.scope}`} className="mb-1.5 text-sm font-semibold">
            {group.title}
          </h3>
          <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-3 gap-y-1.5 text-sm">
            {group.shortcuts.map(({ keys, action }) => (
              <Fragment key={`${keys.join('+')}:${action}`}>
                <dt>
                  <KeyCombo keys={keys} />
                </dt>
                <dd className="text-slate-700 dark:text-slate-200">{action}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

export function KeyboardHelp() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isHelpKey(event) || isModalOpen()) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <IconButton
        label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        data-testid="keyboard-help-open"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-keyshortcuts="?"
        onClick={() => setOpen(true)}
      >
        <KeyboardIcon />
      </IconButton>
      {open && (
        <Modal
          title="Keyboard shortcuts"
          description="Press ? anywhere outside a text field to see this list again."
          testId="keyboard-help"
          width="max-w-2xl"
          initialFocus="panel"
          onClose={() => setOpen(false)}
        >
          <ShortcutList />
          <div className="flex justify-end">
            <ModalClose asChild>
              <Button variant="secondary" data-testid="keyboard-help-close">
                Close
              </Button>
            </ModalClose>
          </div>
        </Modal>
      )}
    </>
  );
}
