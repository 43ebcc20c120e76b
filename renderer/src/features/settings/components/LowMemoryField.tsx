// "Lower memory use": load the model into memory instead of mapping the file, with what it costs.
import { useTranslation } from '../../../i18n';
import { CheckboxField } from './CheckboxField';

export interface LowMemoryFieldProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

// The hint's figures were measured with bench/model-memory.ts on the 2-core AVX-512 machine, TinyLlama-shaped
// Q8_0 (1.1 GB), 2 threads.
export function LowMemoryField({ checked, onChange }: LowMemoryFieldProps) {
  const { t } = useTranslation('settings');
  return (
    <CheckboxField
      id="settings-low-memory"
      label={t('lowMemory.label')}
      hint={t('lowMemory.hint')}
      checked={checked}
      onChange={onChange}
    />
  );
}
