// How much disk the saved conversation states may take (they let a conversation continue at once after a
// restart), with what they take now. The host reads the cap when it loads the model.
import { useEffect, useState } from 'react';
import type { ConversationStateUsage } from '../../../../../preload/contract/features/model';
import { useFormatters, useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { STATE_CAP_MB } from '../state/settingsDraft';
import { NumberField } from './NumberField';

export interface ConversationStateCapFieldProps {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  /** Reads the disk use again when it changes (a load or a save may have changed it). */
  refreshKey?: string;
}

export function ConversationStateCapField({ value, error, onChange, refreshKey }: ConversationStateCapFieldProps) {
  const api = useApi();
  const { t } = useTranslation('settings');
  const fmt = useFormatters();
  const [usage, setUsage] = useState<ConversationStateUsage | null>(null);
  useEffect(() => {
    let current = true;
    api.getConversationStateUsage().then(
      (result) => {
        if (current) setUsage(result);
      },
      () => {
        if (current) setUsage(null);
      },
    );
    return () => {
      current = false;
    };
  }, [api, refreshKey]);
  const used = usage ? t('stateCap.usage', { count: usage.files, size: fmt.bytes(usage.bytes) }) : '';
  return (
    <NumberField
      id="settings-state-cap"
      testId="settings-state-cap"
      label={t('stateCap.label')}
      hint={`${t('stateCap.hint')} ${used}`.trim()}
      value={value}
      min={STATE_CAP_MB.min}
      max={STATE_CAP_MB.max}
      step={50}
      error={error}
      onChange={onChange}
    />
  );
}
