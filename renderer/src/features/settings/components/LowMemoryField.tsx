// "Lower memory use": load the model into memory instead of mapping the file, with what it costs.
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
    <div className="flex flex-col gap-1.5">
      <label className="flex items-center gap-2 text-sm font-medium text-slate-800 dark:text-slate-100">
        <input
          type="checkbox"
          data-testid="settings-low-memory"
          aria-describedby="settings-low-memory-hint"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          className="h-4 w-4 rounded border-slate-300 text-teal-600 focus:ring-teal-600/20"
        />
        Lower memory use
      </label>
      <p id="settings-low-memory-hint" className="text-xs text-slate-500 dark:text-slate-400">
        {LOW_MEMORY_HINT}
      </p>
    </div>
  );
}
