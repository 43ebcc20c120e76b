// A labelled one-line text input: Field around an <input> whose id is also its test id. The input is
// Field's direct child, so Field still wires aria-describedby/aria-invalid to its hint and error.
import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field, inputClass } from './Field';

/** What the <input> may add (type, maxLength, placeholder, spellCheck, disabled…); the rest is fixed here. */
type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className' | 'children'>;

export interface TextFieldProps extends InputProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** A "what is this?" tip next to the label. */
  tip?: ReactNode;
  value: string;
  onChange: (value: string) => void;
}

export function TextField({ id, label, hint, error, tip, value, onChange, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} tip={tip}>
      <input
        id={id}
        data-testid={id}
        value={value}
        // Browsers' autofill offers unrelated saved values here; a caller may still ask for it.
        autoComplete="off"
        {...input}
        onChange={(event) => onChange(event.target.value)}
        className={inputClass}
      />
    </Field>
  );
}
