// The files imported so far: what each is, where the app reads it from, and how it got there.
import type { LibraryEntry } from '../../../../../preload/contract/features/library';
import { Badge } from '../../../components/ui/Badge';
import { formatBytes } from '../../../lib/format';

const SOURCE_LABELS: Record<LibraryEntry['source'], string> = {
  reference: 'used in place',
  copy: 'copied',
  peft: 'converted from PEFT',
};

export function ImportedFilesList({ entries }: { entries: readonly LibraryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <div>
      <h4 className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">Imported files</h4>
      <ul data-testid="imported-files" className="divide-y divide-slate-100 text-sm dark:divide-slate-700/70">
        {entries.map((entry) => (
          <li key={entry.id} data-testid="imported-file" className="flex flex-col gap-0.5 py-2">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={entry.kind === 'model' ? 'info' : 'success'}>
                {entry.kind === 'model' ? 'Model' : 'LoRA'}
              </Badge>
              <span className="font-medium text-slate-900 dark:text-slate-100">{entry.name}</span>
              <span className="text-xs text-muted">
                {SOURCE_LABELS[entry.source]} · {formatBytes(entry.sizeBytes)}
                {entry.rank !== null && ` · rank ${entry.rank}`}
                {entry.alpha !== null && ` · alpha ${entry.alpha}`}
              </span>
            </div>
            <span className="truncate font-mono text-xs text-muted" title={entry.path}>
              {entry.path}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
