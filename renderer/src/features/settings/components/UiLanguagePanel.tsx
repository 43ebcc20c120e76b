// The interface language: saved and applied the moment it is picked (not with the form's Save), so the
// student sees the whole app, this page included, switch at once.
import { useState, useSyncExternalStore } from 'react';
import type { UiLanguage } from '../../../../../preload/contract/schemas';
import { Field, inputClass } from '../../../components/ui/Field';
import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES, pickSystemLanguage, useTranslation } from '../../../i18n';
import {
  applyUiLanguage,
  subscribeUiLanguageSetting,
  systemLanguages,
  uiLanguageSetting,
} from '../../../i18n/ui-language';
import { useApi } from '../../../lib/api';

const CHOICES: readonly UiLanguage[] = ['system', ...SUPPORTED_LANGUAGES];

function isChoice(value: string): value is UiLanguage {
  return (CHOICES as readonly string[]).includes(value);
}

export function UiLanguagePanel() {
  const api = useApi();
  const { t } = useTranslation('settings');
  const setting = useSyncExternalStore(subscribeUiLanguageSetting, uiLanguageSetting, uiLanguageSetting);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const choose = async (next: UiLanguage) => {
    setBusy(true);
    setFailed(false);
    try {
      await api.updateSettings({ uiLanguage: next });
      await applyUiLanguage(next);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      data-testid="ui-language-panel"
      aria-labelledby="ui-language-heading"
      className="rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-800/60"
    >
      <h3 id="ui-language-heading" className="mb-3 text-sm font-semibold text-slate-900 dark:text-slate-100">
        {t('language.heading')}
      </h3>
      <Field
        id="settings-ui-language"
        label={t('language.label')}
        hint={t('language.hint')}
        error={failed ? t('language.saveFailed') : undefined}
      >
        <select
          id="settings-ui-language"
          data-testid="settings-ui-language"
          value={setting}
          disabled={busy}
          onChange={(event) => {
            if (isChoice(event.target.value)) void choose(event.target.value);
          }}
          className={inputClass}
        >
          {CHOICES.map((choice) => (
            // Each language in its own name; the system choice says which language that is now.
            <option key={choice} value={choice} lang={choice === 'system' ? undefined : choice}>
              {choice === 'system'
                ? t('language.system', { language: LANGUAGE_NAMES[pickSystemLanguage(systemLanguages())] })
                : LANGUAGE_NAMES[choice]}
            </option>
          ))}
        </select>
      </Field>
    </section>
  );
}
