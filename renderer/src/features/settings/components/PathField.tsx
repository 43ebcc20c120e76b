// A file path input with "Browse…" (native file dialog via main) and an optional Clear button.
import { Button } from '../../../components/ui/Button';
import type { ReactNode } from 'react';
import { Field, describedBy, inputClass } from '../../../components/ui/Field';
import { useTranslation } from '../../../i18n';

export interface PathFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  placeholder: string;
  error: string | undefined;
  testId: string;
  disabled: boolean;
  onChange: (value: string) => void;
  onBrowse: () => void;
  onClear?: () => void;
  /** A "what is this?" tip next to the label. */
  tip?: ReactNode;
}

export function PathField({
  id,
  label,
  hint,
  value,
  placeholder,
  error,
  testId,
  disabled,
  onChange,
  onBrowse,
  onClear,
  tip,
}: PathFieldProps) {
  const { t } = useTranslation('settings');
  return (
    <Field id={id} label={label} hint={hint} error={error} tip={tip}>
      <div className="flex gap-2">
        <input
          id={id}
          data-testid={testId}
          value={value}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error !== undefined}
          aria-describedby={describedBy(id, error, true)}
          onChange={(event) => onChange(event.target.value)}
          className={`${inputClass} font-mono text-xs`}
        />
        <Button onClick={onBrowse} disabled={disabled} size="md">
          {t('path.browse')}
        </Button>
        {onClear !== undefined && (
          <Button
            onClick={onClear}
            disabled={disabled || value === ''}
            variant="ghost"
            aria-label={t('path.clearLabel', { label })}
          >
            {t('path.clear')}
          </Button>
        )}
      </div>
    </Field>
  );
}
