// Another source for the medical adapter (a mirror of its PEFT folder); by default it comes from the
// repository commit pinned in the app, and whatever the source, each file must match the pinned blob ids.
import { useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { inputClass } from '../../../components/ui/Field';
import { TermTip } from '../../../components/ui/TermTip';
import { useTranslation, type TFunction } from '../../../i18n';

export interface AdapterSourceFieldProps {
  value: string | null;
  /** The adapter has a pinned default source (so an empty field means "use it"). */
  hasDefault: boolean;
  busy: boolean;
  onSave(url: string | null): Promise<boolean>;
}

function hint(t: TFunction<'setup'>, value: string | null, hasDefault: boolean): string {
  if (!hasDefault) return value === null ? t('adapter.url.hintNeeded') : t('adapter.url.hintSet');
  return value === null ? t('adapter.url.hintMirror') : t('adapter.url.hintMirrorSet');
}

export function AdapterSourceField({ value, hasDefault, busy, onSave }: AdapterSourceFieldProps) {
  const { t } = useTranslation('setup');
  const [draft, setDraft] = useState(value ?? '');
  const changed = draft.trim() !== (value ?? '');
  return (
    <form
      className="flex flex-col gap-1.5"
      onSubmit={(event) => {
        event.preventDefault();
        void onSave(draft.trim() === '' ? null : draft.trim());
      }}
    >
      <label htmlFor="setup-adapter-url" className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {hasDefault ? t('adapter.url.labelOther') : t('adapter.url.label')}
      </label>
      <div className="flex gap-2">
        <input
          id="setup-adapter-url"
          data-testid="setup-adapter-url"
          type="url"
          inputMode="url"
          spellCheck={false}
          placeholder={t('adapter.url.placeholder')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          aria-describedby="setup-adapter-url-hint"
          className={inputClass}
        />
        <Button type="submit" size="md" data-testid="setup-adapter-url-save" disabled={busy || !changed}>
          {t('actions.save', { ns: 'common' })}
        </Button>
      </div>
      <div className="text-xs text-muted">
        <p id="setup-adapter-url-hint" className="inline">
          {hint(t, value, hasDefault)}
        </p>{' '}
        <TermTip term="peft" />
      </div>
    </form>
  );
}
