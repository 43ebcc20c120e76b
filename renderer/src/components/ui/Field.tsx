// A labelled form field with optional hint and validation message, wired up for screen readers.
import { Children, cloneElement, isValidElement, type ReactNode } from 'react';

export interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** A "what is this?" tip for a term in the label, shown next to it (outside the label, so not in its name). */
  tip?: ReactNode;
  children: ReactNode;
}

export function Field({ id, label, hint, error, tip, children }: FieldProps) {
  const control = withDescription(children, id, error, hint !== undefined);
  const labelElement = (
    <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-100">
      {label}
    </label>
  );
  return (
    <div className="flex flex-col gap-1.5">
      {tip === undefined ? (
        labelElement
      ) : (
        <div className="flex flex-wrap items-center gap-x-1">
          {labelElement}
          {tip}
        </div>
      )}
      {control}
      {error !== undefined ? (
        <p id={`${id}-error`} className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : (
        hint !== undefined && (
          <p id={`${id}-hint`} className="text-xs text-muted">
            {hint}
          </p>
        )
      )}
    </div>
  );
}

/** Shared look for text, number and select inputs. */
export const inputClass =
  'h-9 w-full rounded-lg border border-field-line bg-white px-3 text-sm text-slate-900 placeholder:text-placeholder focus:border-teal-600 focus:ring-2 focus:ring-teal-600/20 focus:outline-none aria-invalid:border-red-500 disabled:opacity-60 dark:bg-slate-800 dark:text-slate-100';

interface ControlProps {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * The labelled control, when it is the field's direct child (its id is the field's id), gets
 * aria-describedby and aria-invalid from the hint and error shown under it, unless it sets its own.
 * Controls nested deeper pass describedBy() themselves.
 */
function withDescription(children: ReactNode, id: string, error: string | undefined, hasHint: boolean): ReactNode {
  const add = (child: ReactNode): ReactNode => {
    if (!isValidElement<ControlProps>(child) || child.props.id !== id) return child;
    if (child.props['aria-describedby'] !== undefined) return child;
    const description = describedBy(id, error, hasHint);
    if (description === undefined) return child;
    return cloneElement(child, {
      'aria-describedby': description,
      ...(error !== undefined && child.props['aria-invalid'] === undefined ? { 'aria-invalid': true } : {}),
    });
  };
  return Children.map(children, add);
}

/** aria-describedby value pointing at whichever of error/hint Field renders. */
export function describedBy(id: string, error: string | undefined, hasHint: boolean): string | undefined {
  if (error !== undefined) return `${id}-error`;
  return hasHint ? `${id}-hint` : undefined;
}
