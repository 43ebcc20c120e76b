// GPU offload: automatic, off (CPU only), or a fixed number of layers.
import { Field, describedBy, inputClass } from '../../../components/ui/Field';
import { TermTip } from '../../../components/ui/TermTip';
import { useTranslation } from '../../../i18n';
import type { GpuMode } from '../state/settingsDraft';

export interface GpuLayersFieldProps {
  mode: GpuMode;
  layers: string;
  error: string | undefined;
  onModeChange: (mode: GpuMode) => void;
  onLayersChange: (value: string) => void;
}

function isGpuMode(value: string): value is GpuMode {
  return value === 'auto' || value === 'off' || value === 'custom';
}

export function GpuLayersField({ mode, layers, error, onModeChange, onLayersChange }: GpuLayersFieldProps) {
  const { t } = useTranslation('settings');
  return (
    <Field
      id="settings-gpu-layers"
      label={t('gpu.label')}
      hint={t('gpu.hint')}
      error={error}
      tip={<TermTip term="gpuLayers" />}
    >
      <div className="flex gap-2">
        <select
          id="settings-gpu-layers"
          data-testid="settings-gpu-layers"
          value={mode}
          aria-describedby={describedBy('settings-gpu-layers', error, true)}
          onChange={(event) => {
            if (isGpuMode(event.target.value)) onModeChange(event.target.value);
          }}
          className={inputClass}
        >
          <option value="auto">{t('gpu.auto')}</option>
          <option value="off">{t('gpu.off')}</option>
          <option value="custom">{t('gpu.custom')}</option>
        </select>
        {mode === 'custom' && (
          <input
            type="number"
            data-testid="settings-gpu-layers-count"
            aria-label={t('gpu.count')}
            aria-invalid={error !== undefined}
            min={0}
            max={1000}
            step={1}
            value={layers}
            onChange={(event) => onLayersChange(event.target.value)}
            className={`${inputClass} w-28`}
          />
        )}
      </div>
    </Field>
  );
}
