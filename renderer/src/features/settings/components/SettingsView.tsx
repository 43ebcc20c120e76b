// Settings screen: model and adapter files, prompt profile, sampling, GPU offload, and what is in use.
import { useEffect, type ReactNode } from 'react';
import type { ModelStatus, ProfileChoice } from '../../../../../preload/contract/schemas';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field, inputClass } from '../../../components/ui/Field';
import { Panel } from '../../../components/ui/Panel';
import { TermTip } from '../../../components/ui/TermTip';
import { useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { DataExportPanel } from '../../data-safety/components/DataExportPanel';
import { DeleteAllDataPanel } from '../../data-safety/components/DeleteAllDataPanel';
import { ServersSection } from '../../servers/components/ServersSection';
import { PROFILE_LABELS } from '../../model/labels';
import { useSettingsForm } from '../hooks/useSettingsForm';
import { draftErrorText, type SettingsDraft } from '../state/settingsDraft';
import { GpuLayersField } from './GpuLayersField';
import { ImportPanel } from './ImportPanel';
import { ConversationStateCapField } from './ConversationStateCapField';
import { InUsePanel } from './InUsePanel';
import { LowMemoryField } from './LowMemoryField';
import { PastAnswersField } from './PastAnswersField';
import { NumberField } from './NumberField';
import { PathField } from './PathField';
import { ScopeGuardField } from './ScopeGuardField';
import { ThreadCalibrationPanel } from './ThreadCalibrationPanel';
import { UiLanguagePanel } from './UiLanguagePanel';

const PROFILES: readonly ProfileChoice[] = ['auto', 'adapter', 'template', 'qa'];

/** Input element ids, in page order, for moving focus to the first invalid field. */
const FIELD_IDS: ReadonlyArray<[keyof SettingsDraft, string]> = [
  ['modelPath', 'settings-model-path'],
  ['loraPath', 'settings-lora-path'],
  ['loraScale', 'settings-lora-scale'],
  ['gpuLayers', 'settings-gpu-layers'],
  ['threads', 'settings-threads'],
  ['conversationStateCapMb', 'settings-state-cap'],
  ['temperature', 'settings-temperature'],
  ['topP', 'settings-top-p'],
  ['maxTokens', 'settings-max-tokens'],
];

/** The sampling inputs: same widget, different bounds (the draft validates the same bounds); labels `answers.<key>`. */
const SAMPLING_FIELDS: ReadonlyArray<{
  key: 'temperature' | 'topP' | 'maxTokens';
  id: string;
  min: number;
  max: number;
  step: number;
}> = [
  { key: 'temperature', id: 'settings-temperature', min: 0, max: 2, step: 0.05 },
  { key: 'topP', id: 'settings-top-p', min: 0.01, max: 1, step: 0.05 },
  { key: 'maxTokens', id: 'settings-max-tokens', min: 1, max: 4096, step: 1 },
];

function isProfile(value: string): value is ProfileChoice {
  return (PROFILES as readonly string[]).includes(value);
}

function Section({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <Panel title={title} description={description}>
      <div className="flex flex-col gap-4">{children}</div>
    </Panel>
  );
}

export interface SettingsViewProps {
  status: ModelStatus | null;
  onModelStatus: (status: ModelStatus) => void;
}

export function SettingsView({ status, onModelStatus }: SettingsViewProps) {
  const { t } = useTranslation('settings');
  const api = useApi();
  const form = useSettingsForm(api, onModelStatus);
  const { draft, errors, busy, update } = form;
  const errorText = (key: keyof SettingsDraft) => draftErrorText(t, errors[key]);
  const loadingModel = busy === 'loading-model' || status?.state === 'loading';

  // After a failed save, take the user to the first field that needs fixing.
  useEffect(() => {
    const first = FIELD_IDS.find(([key]) => errors[key] !== undefined);
    if (first !== undefined) document.getElementById(first[1])?.focus();
  }, [errors]);

  return (
    <div className="min-h-0 flex-1 overflow-y-auto">
      <form
        className="mx-auto flex max-w-5xl flex-col gap-5 p-6"
        aria-labelledby="settings-heading"
        noValidate // our own per-field messages instead of the browser's tooltips
        onSubmit={(event) => {
          event.preventDefault();
          void form.save();
        }}
      >
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="settings-heading" className="mr-auto text-lg font-semibold text-slate-900 dark:text-slate-50">
            {t('view.title')}
          </h2>
          {form.notice !== null && (
            <span role="status" className="text-sm text-emerald-700 dark:text-emerald-300">
              {t(`view.${form.notice}`)}
            </span>
          )}
          {form.dirty && <span className="text-sm text-amber-700 dark:text-amber-300">{t('view.unsaved')}</span>}
          <Button type="submit" data-testid="settings-save" disabled={draft === null || busy !== null}>
            {busy === 'saving' ? t('states.saving', { ns: 'common' }) : t('actions.save', { ns: 'common' })}
          </Button>
          <Button
            variant="primary"
            data-testid="settings-load-model"
            disabled={draft === null || busy !== null || draft.modelPath.trim() === ''}
            onClick={() => void form.loadModel()}
            title={form.dirty ? t('view.loadTitleDirty') : t('view.loadTitle')}
          >
            {loadingModel ? t('view.loadingModel') : t('view.loadModel')}
          </Button>
        </div>

        {form.error !== null && <ErrorBanner message={form.error.message} onDismiss={form.clearError} />}

        {draft === null ? (
          <p className="text-sm text-muted">{form.error === null ? t('view.loading') : ''}</p>
        ) : (
          <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
            <div className="flex flex-col gap-5">
              <Section title={t('model.title')} description={t('model.description')}>
                <PathField
                  id="settings-model-path"
                  testId="settings-model-path"
                  label={t('model.file')}
                  hint={t('model.fileHint')}
                  placeholder={t('model.filePlaceholder')}
                  tip={<TermTip term="gguf" />}
                  value={draft.modelPath}
                  error={errorText('modelPath')}
                  disabled={busy !== null}
                  onChange={(value) => update('modelPath', value)}
                  onBrowse={() => void form.browse('model')}
                />
                <PathField
                  id="settings-lora-path"
                  testId="settings-lora-path"
                  label={t('model.lora')}
                  hint={t('model.loraHint')}
                  placeholder={t('model.loraPlaceholder')}
                  tip={<TermTip term="lora" />}
                  value={draft.loraPath}
                  error={errorText('loraPath')}
                  disabled={busy !== null}
                  onChange={(value) => update('loraPath', value)}
                  onBrowse={() => void form.browse('lora')}
                  onClear={() => update('loraPath', '')}
                />
                <NumberField
                  id="settings-lora-scale"
                  testId="settings-lora-scale"
                  label={t('model.loraScale')}
                  hint={t('model.loraScaleHint')}
                  value={draft.loraScale}
                  min={0}
                  max={4}
                  step={0.05}
                  slider
                  error={errorText('loraScale')}
                  onChange={(value) => update('loraScale', value)}
                />
                <Field id="settings-profile" label={t('model.profile')} hint={t('model.profileHint')}>
                  <select
                    id="settings-profile"
                    data-testid="settings-profile"
                    value={draft.profile}
                    onChange={(event) => {
                      if (isProfile(event.target.value)) update('profile', event.target.value);
                    }}
                    className={inputClass}
                  >
                    {PROFILES.map((profile) => (
                      <option key={profile} value={profile}>
                        {PROFILE_LABELS[profile]}
                      </option>
                    ))}
                  </select>
                </Field>
                <GpuLayersField
                  mode={draft.gpuMode}
                  layers={draft.gpuLayers}
                  error={errorText('gpuLayers')}
                  onModeChange={(mode) => update('gpuMode', mode)}
                  onLayersChange={(value) => update('gpuLayers', value)}
                />
                <NumberField
                  id="settings-threads"
                  testId="settings-threads"
                  label={t('model.threads')}
                  hint={t('model.threadsHint')}
                  value={draft.threads}
                  min={1}
                  max={256}
                  step={1}
                  error={errorText('threads')}
                  onChange={(value) => update('threads', value)}
                />
                <ThreadCalibrationPanel
                  automatic={form.savedThreadsAuto}
                  disabled={busy !== null || loadingModel || draft.modelPath.trim() === ''}
                  onModelStatus={onModelStatus}
                />
                <LowMemoryField
                  value={draft.lowMemory}
                  onChange={(value) => update('lowMemory', value)}
                  refreshKey={`${status?.state ?? ''}|${status?.modelInfo?.modelName ?? ''}|${busy ?? ''}`}
                />
                <ConversationStateCapField
                  value={draft.conversationStateCapMb}
                  error={errorText('conversationStateCapMb')}
                  onChange={(value) => update('conversationStateCapMb', value)}
                  refreshKey={`${status?.state ?? ''}|${busy ?? ''}`}
                />
              </Section>

              <ImportPanel disabled={busy !== null} onImported={form.adoptPaths} onModelStatus={onModelStatus} />

              <Section title={t('answers.title')} description={t('answers.description')}>
                <div className="grid gap-4 sm:grid-cols-3">
                  {SAMPLING_FIELDS.map((field) => (
                    <NumberField
                      key={field.key}
                      id={field.id}
                      testId={field.id}
                      label={t(`answers.${field.key}`)}
                      hint={t('answers.range', { min: field.min, max: field.max })}
                      value={draft[field.key]}
                      min={field.min}
                      max={field.max}
                      step={field.step}
                      error={errorText(field.key)}
                      onChange={(value) => update(field.key, value)}
                    />
                  ))}
                </div>
                <ScopeGuardField value={draft.scopeGuard} onChange={(mode) => update('scopeGuard', mode)} />
                <PastAnswersField
                  checked={draft.groundWithPastAnswers}
                  onChange={(value) => update('groundWithPastAnswers', value)}
                />
              </Section>
            </div>
            <aside className="flex flex-col gap-5">
              <UiLanguagePanel />
              <InUsePanel status={status} />
              <DataExportPanel />
              <DeleteAllDataPanel />
            </aside>
          </div>
        )}
      </form>
      {/* Outside the settings form: the server form is a form of its own, saved on its own. */}
      <div className="mx-auto max-w-5xl px-6 pb-6">
        <ServersSection />
      </div>
    </div>
  );
}
