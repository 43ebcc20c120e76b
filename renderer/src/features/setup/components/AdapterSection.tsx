// The medical adapter on the setup screen: on by default, where it comes from (the repository commit
// pinned in the app, or the source URL the user set) and how its files are checked.
import type { CatalogEntryView } from '../../../../../preload/contract/features/downloads';
import { Badge } from '../../../components/ui/Badge';
import { Button } from '../../../components/ui/Button';
import { formatBytes } from '../state/downloads';
import { AdapterSourceField } from './AdapterSourceField';

export interface AdapterSectionProps {
  adapter: CatalogEntryView;
  checked: boolean;
  onChecked(checked: boolean): void;
  /** The source URL the user set (null: the default source). */
  overrideUrl: string | null;
  busy: boolean;
  onSaveSource(url: string | null): Promise<boolean>;
}

function SourceLine({ adapter, overrideUrl }: { adapter: CatalogEntryView; overrideUrl: string | null }) {
  const pinned = adapter.defaultSource;
  if (overrideUrl !== null) {
    return (
      <>
        From your source URL <code className="break-all">{overrideUrl}</code>
        {pinned ? '; each file must match the git blob ids pinned in the app.' : '.'}
      </>
    );
  }
  if (pinned === null) return <>No source is set yet.</>;
  return (
    <>
      From <code className="break-all">{pinned.repoUrl}</code> at commit <code>{pinned.revision.slice(0, 7)}</code>{' '}
      (folder <code>{pinned.folder}</code>); each file is checked against its git blob id before it is used.
    </>
  );
}

export function AdapterSection({ adapter, checked, onChecked, overrideUrl, busy, onSaveSource }: AdapterSectionProps) {
  const hasDefault = adapter.defaultSource !== null;
  return (
    <section aria-labelledby="setup-adapter-heading" className="flex flex-col gap-3">
      <h3
        id="setup-adapter-heading"
        className="flex items-center gap-2 text-sm font-semibold text-slate-900 dark:text-slate-100"
      >
        2. Medical adapter {hasDefault && <Badge tone="info">Recommended</Badge>}
      </h3>
      <label className="flex items-start gap-2 text-sm text-slate-800 dark:text-slate-200">
        <input
          type="checkbox"
          data-testid="setup-with-adapter"
          checked={checked}
          onChange={(event) => onChecked(event.target.checked)}
          aria-describedby={checked ? 'setup-adapter-source' : undefined}
          className="mt-0.5 accent-teal-700"
        />
        <span>
          Also download {adapter.name} (about {formatBytes(adapter.sizeBytes)}) and use it in new conversations.{' '}
          {adapter.summary}
        </span>
      </label>
      {checked && (
        <>
          <p
            id="setup-adapter-source"
            data-testid="setup-adapter-source"
            className="text-xs text-slate-600 dark:text-slate-300"
          >
            <SourceLine adapter={adapter} overrideUrl={overrideUrl} />
          </p>
          {overrideUrl !== null && hasDefault && (
            <div>
              <Button
                size="sm"
                variant="ghost"
                data-testid="setup-adapter-default"
                disabled={busy}
                onClick={() => void onSaveSource(null)}
              >
                Use the default source
              </Button>
            </div>
          )}
          {hasDefault ? (
            <details className="text-sm text-slate-700 dark:text-slate-300">
              <summary data-testid="setup-adapter-other-source" className="cursor-pointer text-xs">
                Use another source (a mirror)…
              </summary>
              <div className="mt-2">
                <AdapterSourceField
                  key={overrideUrl ?? ''}
                  value={overrideUrl}
                  hasDefault
                  busy={busy}
                  onSave={onSaveSource}
                />
              </div>
            </details>
          ) : (
            <AdapterSourceField
              key={overrideUrl ?? ''}
              value={overrideUrl}
              hasDefault={false}
              busy={busy}
              onSave={onSaveSource}
            />
          )}
        </>
      )}
    </section>
  );
}
