// The app's button: one consistent look for primary, secondary, quiet and destructive actions.
import type { ButtonHTMLAttributes, ReactNode } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md';

// Colours come from the tokens in index.css. Hover only applies while enabled, and every disabled button
// looks the same: flat grey, never a paler version of itself.
const DISABLED = 'disabled:bg-disabled disabled:text-on-disabled';

const VARIANTS: Record<ButtonVariant, string> = {
  primary: `bg-primary text-on-primary enabled:hover:bg-primary-hover ${DISABLED}`,
  secondary: `border border-slate-300 bg-white text-slate-800 enabled:hover:bg-slate-50 disabled:border-transparent dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:enabled:hover:bg-slate-700 ${DISABLED}`,
  ghost:
    'text-slate-700 enabled:hover:bg-slate-200/70 disabled:text-on-disabled dark:text-slate-200 dark:enabled:hover:bg-slate-700/70',
  danger: `bg-red-700 text-white enabled:hover:bg-red-800 ${DISABLED}`,
};

const SIZES: Record<ButtonSize, string> = {
  sm: 'h-8 gap-1.5 px-2.5 text-sm',
  md: 'h-10 gap-2 px-4 text-sm',
};

export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:focus-visible:outline-teal-400';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  children: ReactNode;
}

export function Button({ variant = 'secondary', size = 'md', className = '', type = 'button', ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={`inline-flex shrink-0 items-center justify-center rounded-lg font-medium transition-colors disabled:cursor-not-allowed ${focusRing} ${VARIANTS[variant]} ${SIZES[size]} ${className}`}
      {...rest}
    />
  );
}
