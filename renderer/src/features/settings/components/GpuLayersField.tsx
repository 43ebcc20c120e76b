// GPU offload: automatic, off (CPU only), or a fixed number of layers.
import { Field, describedBy, inputClass } from '../../../components/ui/Field';
import type { GpuMode } from '../state/settingsDraft';

export interface GpuLayersFieldProps {
  mode: GpuMode;
  layers: string;
  error: string | undefined;
  onModeChange: (mode: GpuMode) => void;
  onLayersChange: (value: string) => void;
}

const HINT = 'Auto offloads as many layers as fit in GPU memory. Changes apply the next time the model loads.';

function isGpuMode(value: string): value is GpuMode {
  return value === 'auto' || value === 'off' || value === 'custom';
}

export function GpuLayersField({ mode, layers, error, onModeChange, onLayersChange }: GpuLayersFieldProps) {
  return (
    <Field id="settings-gpu-layers" label="GPU layers" hint={HINT} error={error}>
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
          <option value="auto">Auto</option>
          <option value="off">Off (CPU only)</option>
          <option value="custom">Fixed number of layers…</option>
        </select>
        {mode === 'custom' && (
          <input
            type="number"
            data-testid="settings-gpu-layers-count"
            aria-label="Number of GPU layers"
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
