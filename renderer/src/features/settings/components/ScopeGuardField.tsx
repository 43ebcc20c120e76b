// The scope guard mode: decline off-topic questions with "Ask anyway", decline strictly, or never.
import type { ScopeGuardMode } from '../../../../../preload/contract/schemas';
import { Field, describedBy, inputClass } from '../../../components/ui/Field';

export const SCOPE_GUARD_LABELS: Record<ScopeGuardMode, string> = {
  ask: 'On, "Ask anyway" allowed',
  strict: 'Strict (no "Ask anyway")',
  off: 'Off',
};

/** One line of help per mode, shown under the select. */
export const SCOPE_GUARD_HINTS: Record<ScopeGuardMode, string> = {
  ask: 'Questions outside medical and health education are declined, with an option to ask anyway in that chat.',
  strict: 'Questions outside medical and health education are always declined.',
  off: 'Every question is answered; the safety notices still appear.',
};

const MODES = Object.keys(SCOPE_GUARD_LABELS) as ScopeGuardMode[];

function isMode(value: string): value is ScopeGuardMode {
  return (MODES as string[]).includes(value);
}

export function ScopeGuardField({
  value,
  onChange,
}: {
  value: ScopeGuardMode;
  onChange: (mode: ScopeGuardMode) => void;
}) {
  return (
    <Field id="settings-scope-guard" label="Scope guard" hint={SCOPE_GUARD_HINTS[value]}>
      <select
        id="settings-scope-guard"
        data-testid="settings-scope-guard"
        value={value}
        aria-describedby={describedBy('settings-scope-guard', undefined, true)}
        onChange={(event) => {
          if (isMode(event.target.value)) onChange(event.target.value);
        }}
        className={inputClass}
      >
        {MODES.map((mode) => (
          <option key={mode} value={mode}>
            {SCOPE_GUARD_LABELS[mode]}
          </option>
        ))}
      </select>
    </Field>
  );
}
