// Radio list of the catalog's models (Q4_K_M by default), with size, verification and install state.
import type { CatalogEntryView } from '../../../../../preload/contract/features/downloads';
import { Badge } from '../../../components/ui/Badge';
import { formatBytes } from '../state/downloads';

const VERIFICATION_TEXT: Record<CatalogEntryView['verification'], string> = {
  sha256: 'SHA-256 pinned in the app',
  'x-linked-etag': 'SHA-256 from Hugging Face',
  'git-blob': 'git blob id pinned in the app',
  'if-sent': 'checked on conversion',
};

export interface ModelChoiceProps {
  models: CatalogEntryView[];
  selected: string | null;
  onSelect(entryId: string): void;
}

export function ModelChoice({ models, selected, onSelect }: ModelChoiceProps) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="sr-only">Model to download</legend>
      {models.map((entry) => (
        <label
          key={entry.id}
          data-testid={`setup-choice-${entry.id}`}
          className={`flex cursor-pointer gap-3 rounded-xl border p-3 transition-colors ${
            selected === entry.id
              ? 'border-teal-600 bg-teal-50/60 dark:border-teal-500 dark:bg-teal-950/30'
              : 'border-slate-200 bg-white hover:border-slate-300 dark:border-slate-700 dark:bg-slate-800/60'
          }`}
        >
          <input
            type="radio"
            name="setup-model"
            value={entry.id}
            checked={selected === entry.id}
            onChange={() => onSelect(entry.id)}
            className="mt-1 accent-teal-700"
          />
          <span className="flex min-w-0 flex-1 flex-col gap-0.5">
            <span className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900 dark:text-slate-100">
              {entry.name}
              {entry.isDefault && <Badge tone="info">Recommended</Badge>}
              {entry.inUse ? (
                <Badge tone="success">In use</Badge>
              ) : (
                entry.progress.state === 'installed' && <Badge tone="success">Installed</Badge>
              )}
            </span>
            <span className="text-xs text-slate-600 dark:text-slate-300">{entry.summary}</span>
            <span className="text-xs text-muted tabular-nums">
              {entry.approximate ? 'about ' : ''}
              {formatBytes(entry.sizeBytes)} · {VERIFICATION_TEXT[entry.verification]}
              {entry.license ? ` · ${entry.license}` : ''}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
