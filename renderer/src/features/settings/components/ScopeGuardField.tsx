// The scope guard mode: decline off-topic questions with "Ask anyway", decline strictly, or never.
import type { ScopeGuardMode } from '../../../../../preload/contract/schemas';
import { Field, describedBy, inputClass } from '../../../components/ui/Field';
import { useTranslation } from '../../../i18n';

// Each mode's name is `scopeGuard.modes.<mode>` and its one line of help, shown under the select,
// `scopeGuard.hints.<mode>` in the settings catalog.
const MODES: readonly ScopeGuardMode[] = ['ask', 'strict', 'off'];

function isMode(value: string): value is ScopeGuardMode {
  return (MODES as readonly string[]).includes(value);
}

export function ScopeGuardField({
  value,
  onChange,
}: {
  value: ScopeGuardMode;
  onChange: (mode: ScopeGuardMode) => void;
}) {
  const { t } = useTranslation('settings');
  return (
    <Field id="settings-scope-guard" label={t('scopeGuard.label')} hint={t(`scopeGuard.hints.${value}`)}>
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
            {t(`scopeGuard.modes.${mode}`)}
          </option>
        ))}
      </select>
    </Field>
  );
}
