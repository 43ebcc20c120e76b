// A numeric setting with an optional slider; the text box is the source of truth.
import type { ReactNode } from 'react';
import { Field, describedBy, inputClass } from '../../../components/ui/Field';

export interface NumberFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  min: number;
  max: number;
  step: number;
  slider?: boolean;
  error: string | undefined;
  testId: string;
  onChange: (value: string) => void;
  /** A "what is this?" tip next to the label. */
  tip?: ReactNode;
}

export function NumberField({
  id,
  label,
  hint,
  value,
  min,
  max,
  step,
  slider = false,
  error,
  testId,
  onChange,
  tip,
}: NumberFieldProps) {
  const numeric = Number(value);
  return (
    <Field id={id} label={label} hint={hint} error={error} tip={tip}>
      <div className="flex items-center gap-3">
        {slider && (
          <input
            type="range"
            aria-hidden="true"
            tabIndex={-1}
            min={min}
            max={max}
            step={step}
            value={Number.isFinite(numeric) ? numeric : min}
            onChange={(event) => onChange(event.target.value)}
            className="flex-1 accent-teal-700 dark:accent-teal-400"
          />
        )}
        <input
          id={id}
          type="number"
          inputMode="decimal"
          data-testid={testId}
          value={value}
          min={min}
          max={max}
          step={step}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy(id, error, true)}
          onChange={(event) => onChange(event.target.value)}
          className={`${inputClass} ${slider ? 'w-24' : ''}`}
        />
      </div>
    </Field>
  );
}
