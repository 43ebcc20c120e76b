// The files imported so far: what each is, where the app reads it from, and how it got there.
import type { LibraryEntry } from '../../../../../preload/contract/features/library';
import { Badge } from '../../../components/ui/Badge';
import { useFormatters, useTranslation } from '../../../i18n';

export function ImportedFilesList({ entries }: { entries: readonly LibraryEntry[] }) {
  const { t } = useTranslation('settings');
  const fmt = useFormatters();
  if (entries.length === 0) return null;
  return (
    <div>
      <h4 className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">{t('import.list.title')}</h4>
      <ul data-testid="imported-files" className="divide-y divide-slate-100 text-sm dark:divide-slate-700/70">
        {entries.map((entry) => (
          <li key={entry.id} data-testid="imported-file" className="flex flex-col gap-0.5 py-2">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={entry.kind === 'model' ? 'info' : 'success'}>
                {entry.kind === 'model' ? t('import.list.model') : t('import.list.lora')}
              </Badge>
              <span className="font-medium text-slate-900 dark:text-slate-100">{entry.name}</span>
              <span className="text-xs text-muted">
                {[
                  t(`import.list.sources.${entry.source}`),
                  fmt.bytes(entry.sizeBytes),
                  entry.rank === null ? null : t('import.list.rank', { rank: entry.rank }),
                  entry.alpha === null ? null : t('import.list.alpha', { alpha: entry.alpha }),
                ]
                  .filter((part) => part !== null)
                  .join(' · ')}
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
