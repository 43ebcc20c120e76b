// The keyboard help for the whole app: "?" (outside text fields) or the header's keyboard button opens a
// dialog listing every shortcut, read from the app's one shortcut list.
import { Fragment, useEffect, useId, useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { IconButton } from '../../../components/ui/IconButton';
import { KeyboardIcon } from '../../../components/ui/icons';
import { KeyCombo } from '../../../components/ui/KeyCombo';
import { isModalOpen, Modal, ModalClose } from '../../../components/ui/Modal';
import { useTranslation, type TFunction } from '../../../i18n';
import { isNamedKey, SHORTCUT_GROUPS } from '../../../lib/shortcut-list';
import { isHelpKey } from '../state/helpKey';

/** A key as printed on keyboards in the UI language ("Strg", "Maj"); letters, digits and "?" as they are. */
export function keyName(t: TFunction<'keyboard'>, key: string): string {
  return isNamedKey(key) ? t(`keys.${key}`) : key;
}

/** Every group of the shared shortcut list, keys and what they do. */
export function ShortcutList() {
  const { t } = useTranslation('keyboard');
  const id = useId();
  return (
    <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group.scope} aria-labelledby={`${id}-${group.scope}`} data-testid="keyboard-help-group">
          <h3 id={`${id}-${group.scope}`} className="mb-1.5 text-sm font-semibold">
            {t(`groups.${group.scope}`)}
          </h3>
          <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-3 gap-y-1.5 text-sm">
            {group.shortcuts.map(({ keys, action }) => (
              <Fragment key={`${keys.join('+')}:${action}`}>
                <dt>
                  <KeyCombo keys={keys.map((key) => keyName(t, key))} />
                </dt>
                <dd className="text-slate-700 dark:text-slate-200">{t(`actions.${action}`)}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

export function KeyboardHelp() {
  const { t } = useTranslation('keyboard');
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
        label={t('help.open')}
        title={t('help.openTitle')}
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
          title={t('help.title')}
          description={t('help.description')}
          testId="keyboard-help"
          width="max-w-2xl"
          initialFocus="panel"
          onClose={() => setOpen(false)}
        >
          <ShortcutList />
          <div className="flex justify-end">
            <ModalClose asChild>
              <Button variant="secondary" data-testid="keyboard-help-close">
                {t('actions.close', { ns: 'common' })}
              </Button>
            </ModalClose>
          </div>
        </Modal>
      )}
    </>
  );
}
