// "Lower memory use": load the model into memory instead of mapping the file — always, never, or automatically
// when free memory is tight — with what it costs and, for the chosen model, the figures it is decided from.
import { useEffect, useState } from 'react';
import type { LowMemoryChoice, MemoryPlan } from '../../../../../preload/contract/memory-plan';
import { Field, describedBy, inputClass } from '../../../components/ui/Field';
import { useTranslation, type TFunction } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { formatMemory } from '../../../lib/format';

const PLAN_ID = 'settings-low-memory-plan';
const CHOICES: readonly LowMemoryChoice[] = ['auto', 'on', 'off'];

function isChoice(value: string): value is LowMemoryChoice {
  return (CHOICES as readonly string[]).includes(value);
}

export interface LowMemoryFieldProps {
  value: LowMemoryChoice;
  onChange: (choice: LowMemoryChoice) => void;
  /** Refetches the figures when it changes (the saved choice, the model). */
  refreshKey?: string;
}

export function LowMemoryField({ value, onChange, refreshKey }: LowMemoryFieldProps) {
  const api = useApi();
  const [plan, setPlan] = useState<MemoryPlan | null>(null);
  useEffect(() => {
    let current = true;
    api.getMemoryPlan().then(
      (result) => {
        if (current) setPlan(result);
      },
      () => {
        if (current) setPlan(null);
      },
    );
    return () => {
      current = false;
    };
  }, [api, refreshKey]);
  return <LowMemoryFieldView value={value} onChange={onChange} plan={plan} />;
}

// The hint's figures were measured with bench/model-memory.ts on the 2-core AVX-512 machine, TinyLlama-shaped
// Q8_0 (1.1 GB), 2 threads.
export function LowMemoryFieldView({
  value,
  onChange,
  plan,
}: {
  value: LowMemoryChoice;
  onChange: (choice: LowMemoryChoice) => void;
  plan: MemoryPlan | null;
}) {
  const { t, i18n } = useTranslation('settings');
  const figures = plan ? memoryPlanText(plan, value, t, i18n.language) : null;
  return (
    <Field id="settings-low-memory" label={t('lowMemory.label')} hint={t('lowMemory.hint')}>
      <select
        id="settings-low-memory"
        data-testid="settings-low-memory"
        value={value}
        aria-describedby={[describedBy('settings-low-memory', undefined, true), figures ? PLAN_ID : null]
          .filter(Boolean)
          .join(' ')}
        onChange={(event) => {
          if (isChoice(event.target.value)) onChange(event.target.value);
        }}
        className={inputClass}
      >
        {CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`lowMemory.choices.${choice}`)}
          </option>
        ))}
      </select>
      {figures ? (
        <p id={PLAN_ID} className="text-xs text-muted" data-testid="settings-low-memory-plan">
          {figures}
        </p>
      ) : null}
    </Field>
  );
}

/** The figures in words, for the choice in the form (it may not be saved yet). */
export function memoryPlanText(
  plan: MemoryPlan,
  choice: LowMemoryChoice,
  t: TFunction<'settings'>,
  locale: string,
): string {
  const lowMemory = choice === 'on' || (choice === 'auto' && plan.autoLowMemory);
  const size = (bytes: number): string => formatMemory(bytes, locale);
  const options = {
    need: size(lowMemory ? plan.readBytes : plan.mappedBytes),
    other: size(lowMemory ? plan.mappedBytes : plan.readBytes),
    free: size(plan.freeBytes),
  };
  if (choice !== 'auto') return t(lowMemory ? 'lowMemory.plan.on' : 'lowMemory.plan.off', options);
  return t(lowMemory ? 'lowMemory.plan.autoOn' : 'lowMemory.plan.autoOff', options);
}
