// Another source for the medical adapter (a mirror of its PEFT folder); by default it comes from the
// repository commit pinned in the app, and whatever the source, each file must match the pinned blob ids.
import { useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { inputClass } from '../../../components/ui/Field';

export interface AdapterSourceFieldProps {
  value: string | null;
  /** The adapter has a pinned default source (so an empty field means "use it"). */
  hasDefault: boolean;
  busy: boolean;
  onSave(url: string | null): Promise<boolean>;
}

function hint(value: string | null, hasDefault: boolean): string {
  if (!hasDefault) {
    return value === null
      ? 'Set the adapter source URL: the address of the folder holding adapter_config.json and adapter_model.safetensors. Until then, Download fetches only the model.'
      : 'Both files are fetched from this folder, then converted to a GGUF LoRA on this computer.';
  }
  return value === null
    ? 'Optional: the address of a folder holding the same adapter_config.json and adapter_model.safetensors (a mirror). Each file must match the git blob ids pinned in the app.'
    : 'Both files are fetched from this folder and must match the git blob ids pinned in the app. Clear the field and save to use the default source again.';
}

export function AdapterSourceField({ value, hasDefault, busy, onSave }: AdapterSourceFieldProps) {
  const [draft, setDraft] = useState(value ?? '');
  const changed = draft.trim() !== (value ?? '');
  return (
    <form
      className="flex flex-col gap-1.5"
      onSubmit={(event) => {
        event.preventDefault();
        void onSave(draft.trim() === '' ? null : draft.trim());
      }}
    >
      <label htmlFor="setup-adapter-url" className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {hasDefault ? 'Other adapter source URL' : 'Adapter source URL'}
      </label>
      <div className="flex gap-2">
        <input
          id="setup-adapter-url"
          data-testid="setup-adapter-url"
          type="url"
          inputMode="url"
          spellCheck={false}
          placeholder="https://huggingface.co/<owner>/<repo>/resolve/<revision>"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          aria-describedby="setup-adapter-url-hint"
          className={inputClass}
        />
        <Button type="submit" size="md" data-testid="setup-adapter-url-save" disabled={busy || !changed}>
          Save
        </Button>
      </div>
      <p id="setup-adapter-url-hint" className="text-xs text-muted">
        {hint(value, hasDefault)}
      </p>
    </form>
  );
}
