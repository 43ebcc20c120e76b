// "Lower memory use": load the model into memory instead of mapping the file, with what it costs.
import { CheckboxField } from './CheckboxField';

export interface LowMemoryFieldProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** Measured with bench/model-memory.ts on the 2-core AVX-512 machine, TinyLlama-shaped Q8_0 (1.1 GB), 2 threads. */
export const LOW_MEMORY_HINT =
  'Reads the model file into memory instead of mapping it, so the CPU does not keep two copies of the weights: ' +
  'about 40% less RAM (1.4 GB instead of 2.4 GB for a 1.1 GB model). Costs about 4% prompt speed (answer speed ' +
  'measured the same), and each load first reads the whole file. Applies at the next load.';

export function LowMemoryField({ checked, onChange }: LowMemoryFieldProps) {
  return (
    <CheckboxField
      id="settings-low-memory"
      label="Lower memory use"
      hint={LOW_MEMORY_HINT}
      checked={checked}
      onChange={onChange}
    />
  );
}
